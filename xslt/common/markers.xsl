<?xml version="1.0" encoding="UTF-8"?>
<!--
  The markers of the text stream. The stream (mode ed:stream) is a flat sequence of strings: the
  text as found (whitespace not yet normalised) and one-character strings that say where breaks
  go (Unicode noncharacters U+FDD1 to U+FDD4, which the text itself never carries: see
  ed:clean-text); when $ed:locating is true (a target that wants offsets), small maps also say where
  the things it may locate (blocks, names, quotations, dates, notes, pages) begin and end, each map carrying its node.
  layout.xsl turns the stream into the final text and the offsets of those things.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:array="http://www.w3.org/2005/xpath-functions/array"
  xmlns:ed="urn:teikit:ed"
  exclude-result-prefixes="#all">

  <!--
    A break of at least this strength before the next text: 1 space, 2 line break, 3 blank line.
    $level: 1, 2 or 3.
  -->
  <xsl:function name="ed:sep" as="xs:string">
    <xsl:param name="level" as="xs:integer"/>
    <xsl:sequence select="$ed:sep-marks[$level]"/>
  </xsl:function>

  <!-- The break markers of levels 1, 2, 3 (U+FDD1, U+FDD2, U+FDD3). -->
  <xsl:variable name="ed:sep-marks" as="xs:string+" select="('&#xFDD1;', '&#xFDD2;', '&#xFDD3;')"/>

  <!-- The glue marker (U+FDD4). -->
  <xsl:variable name="ed:glue-mark" as="xs:string" select="'&#xFDD4;'"/>

  <!-- No break before the next text, and whitespace ignored until it comes (word joins, brackets). -->
  <xsl:function name="ed:glue" as="xs:string">
    <xsl:sequence select="$ed:glue-mark"/>
  </xsl:function>

  <!--
    A string of the document as the stream may carry it: without the noncharacters U+FDD0 to
    U+FDEF, which the stream uses as markers (Unicode reserves them for such internal use; text
    is not expected to hold them).
    $s: the text.
  -->
  <xsl:function name="ed:clean-text" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="if (matches($s, '[&#xFDD0;-&#xFDEF;]')) then replace($s, '[&#xFDD0;-&#xFDEF;]', '') else $s"/>
  </xsl:function>

  <!--
    Where the text of a node begins (at the next character written). The marker carries the node.
    $node: the element whose text begins.
  -->
  <xsl:function name="ed:open" as="map(*)">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="map { 'open': $node }"/>
  </xsl:function>

  <!--
    Where the text of a node ends (after the last character written).
    $node: the element whose text ends.
  -->
  <xsl:function name="ed:close" as="map(*)">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="map { 'close': $node }"/>
  </xsl:function>

  <!--
    A point in the text (a note's anchor): the offset right after what precedes it.
    $node: the element anchored there.
  -->
  <xsl:function name="ed:point" as="map(*)">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="map { 'point': $node }"/>
  </xsl:function>

</xsl:stylesheet>
