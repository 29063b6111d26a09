<?xml version="1.0" encoding="UTF-8"?>
<!--
  The offsets of the nodes the reading text locates (common/markers.xsl, common/layout.xsl),
  indexed by each element's place in document order: an array read by position, since SaxonJS
  builds a large map in quadratic time (100 000 entries: 0.7 s; 400 000: 13 s) while arrays and
  sequences of that size stay fast.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:array="http://www.w3.org/2005/xpath-functions/array"
  xmlns:ed="urn:teikit:ed"
  exclude-result-prefixes="#all">

  <!-- The place of an element among the document's elements in document order (1-based). -->
  <xsl:accumulator name="ed:ordinal" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="*" select="$value + 1"/>
  </xsl:accumulator>

  <!--
    The offsets of the layout's markers: `entries`, an array whose member N belongs to the N-th
    element of the document (an empty map when the text does not locate it), each a map with
    `start`, `end` (UTF-16 code units: JavaScript string indices) and `sstart`, `send` (indexes of
    the node's first and last string in ed:laid-strings), or `at` for points; and `length`, the
    text's length in UTF-16 code units. Read with ed:offsets-of.
    $laid: the result of ed:layout.
  -->
  <xsl:function name="ed:offsets" as="map(*)">
    <xsl:param name="laid" as="item()*"/>
    <xsl:variable name="astral" as="xs:integer*" select="ed:astral-positions(ed:laid-strings($laid))"/>
    <xsl:variable name="maps" as="map(*)*" select="$laid[. instance of map(*)]"/>
    <xsl:variable name="merged" as="map(*)*">
      <xsl:for-each-group select="$maps[map:contains(., 'k')]" group-by="?k/accumulator-before('ed:ordinal')">
        <xsl:sort select="current-grouping-key()"/>
        <xsl:variable name="m" as="map(*)" select="map:merge(current-group())"/>
        <xsl:sequence select="map:merge(($m, map { 'o': current-grouping-key() },
          for $name in ('start', 'end', 'at'), $c in $m('c' || $name) return map { $name: ed:utf16-offset($astral, $c) }))"/>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:variable name="dense" as="map(*)*">
      <xsl:iterate select="$merged">
        <xsl:param name="prev" as="xs:integer" select="0"/>
        <xsl:variable name="o" as="xs:integer" select="?o"/>
        <xsl:sequence select="(($prev + 1) to ($o - 1)) ! map {}, ."/>
        <xsl:next-iteration>
          <xsl:with-param name="prev" select="$o"/>
        </xsl:next-iteration>
      </xsl:iterate>
    </xsl:variable>
    <xsl:sequence select="map { 'entries': array { $dense },
      'length': ed:utf16-offset($astral, $maps[map:contains(., 'length')][1]?length) }"/>
  </xsl:function>

  <!--
    A code point offset of the laid-out text in UTF-16 code units.
    $astral: ed:astral-positions of the laid-out strings.
    $c: the offset in code points.
  -->
  <xsl:function name="ed:utf16-offset" as="xs:integer">
    <xsl:param name="astral" as="xs:integer*"/>
    <xsl:param name="c" as="xs:integer"/>
    <xsl:sequence select="$c + count($astral[. le $c])"/>
  </xsl:function>

  <!--
    The offsets of a located element (its entry in ed:offsets), or nothing when it is not in the
    text.
    $offsets: the result of ed:offsets.
    $node: the element.
  -->
  <xsl:function name="ed:offsets-of" as="map(*)?">
    <xsl:param name="offsets" as="map(*)"/>
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="entries" as="array(*)" select="$offsets?entries"/>
    <xsl:variable name="o" as="xs:integer" select="$node/accumulator-before('ed:ordinal')"/>
    <xsl:sequence select="if ($o ge 1 and $o le array:size($entries)) then $entries($o)[map:size(.) gt 0] else ()"/>
  </xsl:function>

</xsl:stylesheet>
