<?xml version="1.0" encoding="UTF-8"?>
<!--
  The markers of the reading stream (common/markers.xsl) as this target reads them: where a node
  it locates opens, closes, or stands as a point (a note's anchor). Only a locating target asks
  for markers, and JSON is the one that does; here each is a two-member array, [1, node] for an
  open, [2, node] for a close, [3, node] for a point, which replaces the shared one-entry maps
  by import precedence (json.xsl imports the shared modules): SaxonJS builds a map entry by
  entry in a hash trie, and the 10 MB document has about 230 000 markers (1.8 s of CPU and
  240 MB as maps). json/layout.xsl reads them.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ed="urn:teikit:ed"
  exclude-result-prefixes="#all">

  <!--
    Where the text of a node begins (at the next character written).
    $node: the element whose text begins.
  -->
  <xsl:function name="ed:open" as="array(*)">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="[1, $node]"/>
  </xsl:function>

  <!--
    Where the text of a node ends (after the last character written).
    $node: the element whose text ends.
  -->
  <xsl:function name="ed:close" as="array(*)">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="[2, $node]"/>
  </xsl:function>

  <!--
    A point in the text (a note's anchor): the offset right after what precedes it.
    $node: the element anchored there.
  -->
  <xsl:function name="ed:point" as="array(*)">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="[3, $node]"/>
  </xsl:function>

</xsl:stylesheet>
