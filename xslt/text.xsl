<?xml version="1.0" encoding="UTF-8"?>
<!--
  The plain-text target (`teikit transform - -to text`, `<id>.txt`, `<id>.diplomatic.txt`).
  Parameters: Q{urn:teikit:ed}view (`reading` | `diplomatic`), Q{urn:teikit:ed}width (78; 0 = no wrapping),
  Q{urn:teikit:ed}text-header and Q{urn:teikit:ed}notes (booleans, false by default).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ed="urn:teikit:ed"
  exclude-result-prefixes="#all">

  <xsl:include href="common/params.xsl"/>
  <xsl:include href="common/pointers.xsl"/>
  <xsl:include href="common/furniture.xsl"/>
  <xsl:include href="common/facts.xsl"/>
  <xsl:include href="common/dates.xsl"/>
  <xsl:include href="common/markers.xsl"/>
  <xsl:include href="common/layout.xsl"/>
  <xsl:include href="common/reading.xsl"/>
  <xsl:include href="common/language.xsl"/>
  <xsl:include href="common/structure.xsl"/>
  <xsl:include href="common/stream-structure.xsl"/>
  <xsl:include href="common/fallback.xsl"/>
  <xsl:include href="text/diplomatic.xsl"/>
  <xsl:include href="text/document.xsl"/>
  <xsl:include href="text/metadata.xsl"/>
  <xsl:include href="text/notes.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:mode on-no-match="fail" on-multiple-match="fail" use-accumulators="#all"/>
  <xsl:global-context-item use="optional"/>

  <!--
    The document, when TypeScript hands it over as a parameter and starts at the initial template
    (src/xml/run-stylesheet.ts `treeParam`: SaxonJS then skips a pass over the whole tree). Run
    with the document as the source node instead, the stylesheet starts at its template for `/`.
  -->
  <xsl:param name="ed:source" as="document-node()?" select="()"/>

  <xsl:template name="xsl:initial-template" as="xs:string?">
    <xsl:apply-templates select="$ed:source"/>
  </xsl:template>

  <xsl:variable name="ed:target-name" as="xs:string" select="'text'"/>

  <!-- Whether the stream marks the nodes it locates (ed:open, ed:close, ed:point). -->
  <xsl:variable name="ed:locating" as="xs:boolean" select="false()"/>

</xsl:stylesheet>
