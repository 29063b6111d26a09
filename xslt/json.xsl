<?xml version="1.0" encoding="UTF-8"?>
<!--
  The JSON target (`teikit transform - -to json`, `<id>.json`): the document model described by
  schemas/edition.schema.json, written as JSON text member by member (json/values.xsl), which
  keeps member order (method="json" with maps would not). The reading text and the offsets of the
  nodes it locates come from one pass over the reading stream (json/layout.xsl).
  The shared modules are imported (json/shared.xsl) so that json/markers.xsl can give the reading
  stream's markers a lighter form for this target, the only one that locates nodes.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ed="urn:teikit:ed"
  exclude-result-prefixes="#all">

  <xsl:import href="json/shared.xsl"/>
  <xsl:include href="json/markers.xsl"/>
  <xsl:include href="json/layout.xsl"/>
  <xsl:include href="json/values.xsl"/>
  <xsl:include href="json/document.xsl"/>
  <xsl:include href="json/metadata.xsl"/>
  <xsl:include href="json/pages.xsl"/>
  <xsl:include href="json/entities.xsl"/>
  <xsl:include href="json/quotes.xsl"/>
  <xsl:include href="json/dates.xsl"/>
  <xsl:include href="json/notes.xsl"/>
  <xsl:include href="json/structure.xsl"/>

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

  <xsl:variable name="ed:target-name" as="xs:string" select="'json'"/>

  <!-- Whether the stream marks the nodes it locates (ed:open, ed:close, ed:point). -->
  <xsl:variable name="ed:locating" as="xs:boolean" select="true()"/>

</xsl:stylesheet>
