<?xml version="1.0" encoding="UTF-8"?>
<!--
  The markers of the text stream. The stream (mode ed:stream) is a flat sequence of strings (the
  text as found, whitespace not yet normalised) and small maps that say where breaks go and where
  the things a target may want to locate (blocks, names, quotations, dates, notes, pages) begin
  and end. ed:layout (layout.xsl) turns it into the final text and the offsets of those things.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:ed="urn:teikit:ed"
  exclude-result-prefixes="#all">

  <!--
    A break of at least this strength before the next text: 1 space, 2 line break, 3 blank line.
    $level: 1, 2 or 3.
  -->
  <xsl:function name="ed:sep" as="map(*)">
    <xsl:param name="level" as="xs:integer"/>
    <xsl:sequence select="map { 'sep': $level }"/>
  </xsl:function>

  <!-- No break before the next text, and whitespace ignored until it comes (word joins, brackets). -->
  <xsl:function name="ed:glue" as="map(*)">
    <xsl:sequence select="map { 'glue': true() }"/>
  </xsl:function>

  <!--
    Where the text of a node begins (at the next character written). Keyed by generate-id().
    $node: the element whose text begins.
  -->
  <xsl:function name="ed:open" as="map(*)">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="map { 'open': generate-id($node) }"/>
  </xsl:function>

  <!--
    Where the text of a node ends (after the last character written).
    $node: the element whose text ends.
  -->
  <xsl:function name="ed:close" as="map(*)">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="map { 'close': generate-id($node) }"/>
  </xsl:function>

  <!--
    A point in the text (a note's anchor): the offset right after what precedes it.
    $node: the element anchored there.
  -->
  <xsl:function name="ed:point" as="map(*)">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="map { 'point': generate-id($node) }"/>
  </xsl:function>

  <!--
    The start, end and anchor offsets of the stream's markers, by generate-id() of their node:
    maps with `start`, `end` (UTF-16 code units, JavaScript string indices) and `cstart`, `cend`
    (code points, for substring()), or `at` / `cat` for points.
    $laid: the result of ed:layout.
  -->
  <xsl:function name="ed:offsets" as="map(xs:string, map(*))">
    <xsl:param name="laid" as="item()*"/>
    <xsl:map>
      <xsl:for-each-group select="$laid[. instance of map(*)]" group-by="?k">
        <xsl:map-entry key="current-grouping-key()" select="map:merge(current-group())"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:function>

  <!--
    The text that ed:layout wrote.
    $laid: the result of ed:layout.
  -->
  <xsl:function name="ed:laid-text" as="xs:string">
    <xsl:param name="laid" as="item()*"/>
    <xsl:sequence select="string-join($laid[. instance of xs:string])"/>
  </xsl:function>

</xsl:stylesheet>
