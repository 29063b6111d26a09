<?xml version="1.0" encoding="UTF-8"?>
<!--
  Layout of the text stream (markers.xsl): whitespace normalised to single spaces, breaks from the
  markers, and the offsets of every marked node, in one linear pass (xsl:iterate; no preceding::
  axis, no xsl:number). Offsets are counted in code points here and turned into UTF-16 code units
  (JavaScript string indices) by ed:offsets (json/offsets.xsl); the text of a marked node is found by the indexes of
  its strings, never by substring() on the whole text (which SaxonJS makes linear per call).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ed="urn:teikit:ed"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  exclude-result-prefixes="#all">

  <!--
    The length of a string in UTF-16 code units: characters outside the Basic Multilingual Plane
    count twice (string-length() counts code points). Linear in the string: call it on short
    strings only (SaxonJS's string-length and substring scan the whole string each time).
    $s: the string.
  -->
  <xsl:function name="ed:utf16-length" as="xs:integer">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="string-length($s) + count(string-to-codepoints($s)[. gt 65535])"/>
  </xsl:function>

  <!-- XML whitespace characters (normalize-space() removes these and no others). -->
  <xsl:variable name="ed:ws" as="xs:string+" select="(' ', '&#9;', '&#10;', '&#13;')"/>

  <!--
    Lays out a stream: the strings of the text in order (each piece as a separator, possibly empty,
    then its text), interleaved with one map per marker event: `k` the node, and `cstart`
    (code point offset) with `sstart` (index of the first string of the node's text), `cend` with
    `send` (index of its last string), or `cat` for a point. A final map has the
    length of the text in `length`. A separator is written only between two pieces of text, never at
    the start or the end. Its text is exactly ed:layout-text of the same stream's strings. A point
    that follows a line or block break (a note before the first word of a paragraph) stands at the
    start of the next text, inside the block that holds it. Linear: no operation here looks at more
    than one piece.
    $stream: strings and markers from mode ed:stream.
  -->
  <xsl:function name="ed:layout" as="item()*">
    <xsl:param name="stream" as="item()*"/>
    <xsl:iterate select="$stream">
      <xsl:param name="c" as="xs:integer" select="0"/>
      <xsl:param name="n" as="xs:integer" select="0"/>
      <xsl:param name="pending" as="xs:integer" select="0"/>
      <xsl:param name="glued" as="xs:boolean" select="false()"/>
      <xsl:param name="waiting" as="node()*" select="()"/>
      <xsl:param name="parked" as="node()*" select="()"/>
      <xsl:on-completion>
        <xsl:sequence select="$waiting ! map { 'k': ., 'cstart': $c, 'sstart': $n + 1 }, $parked ! map { 'k': ., 'cat': $c },
          map { 'length': $c }"/>
      </xsl:on-completion>
      <xsl:choose>
        <xsl:when test=". instance of map(*)">
          <xsl:choose>
            <xsl:when test="map:contains(., 'open')">
              <xsl:next-iteration>
                <xsl:with-param name="waiting" select="($waiting, ?open)"/>
              </xsl:next-iteration>
            </xsl:when>
            <xsl:when test="map:contains(., 'close')">
              <xsl:variable name="k" as="node()" select="?close"/>
              <xsl:sequence select="if (exists($waiting[. is $k])) then map { 'k': $k, 'cstart': $c, 'cend': $c, 'sstart': $n + 1, 'send': $n }
                else map { 'k': $k, 'cend': $c, 'send': $n }"/>
              <xsl:next-iteration>
                <xsl:with-param name="waiting" select="$waiting[not(. is $k)]"/>
              </xsl:next-iteration>
            </xsl:when>
            <xsl:when test="$pending ge 2">
              <xsl:next-iteration>
                <xsl:with-param name="parked" select="($parked, ?point)"/>
              </xsl:next-iteration>
            </xsl:when>
            <xsl:otherwise>
              <xsl:sequence select="map { 'k': ?point, 'cat': $c }"/>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:when>
        <xsl:when test=". eq $ed:glue-mark">
          <xsl:next-iteration>
            <xsl:with-param name="pending" select="0"/>
            <xsl:with-param name="glued" select="true()"/>
          </xsl:next-iteration>
        </xsl:when>
        <xsl:when test=". = $ed:sep-marks">
          <xsl:next-iteration>
            <xsl:with-param name="pending" select="max(($pending, index-of($ed:sep-marks, .)))"/>
          </xsl:next-iteration>
        </xsl:when>
        <xsl:otherwise>
          <xsl:variable name="core" as="xs:string" select="normalize-space(.)"/>
          <xsl:variable name="space" as="xs:boolean" select="not($glued) and substring(., 1, 1) = $ed:ws"/>
          <xsl:choose>
            <xsl:when test="$core eq ''">
              <xsl:next-iteration>
                <xsl:with-param name="pending" select="if ($space) then max(($pending, 1)) else $pending"/>
              </xsl:next-iteration>
            </xsl:when>
            <xsl:otherwise>
              <xsl:variable name="level" as="xs:integer" select="if ($c eq 0) then 0 else if ($space) then max(($pending, 1)) else $pending"/>
              <xsl:variable name="sep" as="xs:string" select="('', ' ', '&#10;', '&#10;&#10;')[$level + 1]"/>
              <xsl:variable name="cs" as="xs:integer" select="$c + string-length($sep)"/>
              <xsl:sequence select="$sep, $core, $waiting ! map { 'k': ., 'cstart': $cs, 'sstart': $n + 2 }, $parked ! map { 'k': ., 'cat': $cs }"/>
              <xsl:next-iteration>
                <xsl:with-param name="c" select="$cs + string-length($core)"/>
                <xsl:with-param name="n" select="$n + 2"/>
                <xsl:with-param name="pending" select="if (substring(., string-length(.)) = $ed:ws) then 1 else 0"/>
                <xsl:with-param name="glued" select="false()"/>
                <xsl:with-param name="waiting" select="()"/>
                <xsl:with-param name="parked" select="()"/>
              </xsl:next-iteration>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:iterate>
  </xsl:function>

  <!--
    The text of a stream (the same as ed:layout's), by a few regular expressions over the whole
    joined string instead of a step per piece. A gap is a run of whitespace and break or glue
    markers between two characters of text: everything up to its last glue counts for nothing,
    whitespace after a glue counts for nothing, and the gap becomes the strongest break left in it
    (an XML whitespace character is a space; written out, since SaxonJS's `\s` in a
    character class also takes other spaces); gaps at the start and the end are dropped. The results are
    first written as the noncharacters U+FDE1 to U+FDE3 so that no later expression sees them as
    whitespace. Markers of located nodes (maps) are ignored.
    $stream: strings and markers from mode ed:stream.
  -->
  <xsl:function name="ed:layout-text" as="xs:string">
    <xsl:param name="stream" as="item()*"/>
    <xsl:variable name="joined" as="xs:string" select="string-join($stream[. instance of xs:string])"/>
    <xsl:variable name="glued" as="xs:string" select="if (contains($joined, $ed:glue-mark))
      then replace(replace(replace(replace(replace($joined,
        '[ &#9;&#10;&#13;&#xFDD1;-&#xFDD4;]*&#xFDD4;', '&#xFDD4;'),
        '&#xFDD4;[ &#9;&#10;&#13;&#xFDD1;-&#xFDD3;]*&#xFDD3;[ &#9;&#10;&#13;&#xFDD1;-&#xFDD3;]*', '&#xFDE3;'),
        '&#xFDD4;[ &#9;&#10;&#13;&#xFDD1;&#xFDD2;]*&#xFDD2;[ &#9;&#10;&#13;&#xFDD1;&#xFDD2;]*', '&#xFDE2;'),
        '&#xFDD4;[ &#9;&#10;&#13;&#xFDD1;]*&#xFDD1;[ &#9;&#10;&#13;&#xFDD1;]*', '&#xFDE1;'),
        '&#xFDD4;[ &#9;&#10;&#13;]*', '')
      else $joined"/>
    <xsl:variable name="gaps" as="xs:string" select="replace(replace(replace($glued,
      '[ &#9;&#10;&#13;&#xFDD1;-&#xFDD3;]*&#xFDD3;[ &#9;&#10;&#13;&#xFDD1;-&#xFDD3;]*', '&#xFDE3;'),
      '[ &#9;&#10;&#13;&#xFDD1;&#xFDD2;]*&#xFDD2;[ &#9;&#10;&#13;&#xFDD1;&#xFDD2;]*', '&#xFDE2;'),
      '[ &#9;&#10;&#13;&#xFDD1;]+', '&#xFDE1;')"/>
    <xsl:sequence select="replace(replace(replace(replace($gaps, '^[&#xFDE1;-&#xFDE3;]|[&#xFDE1;-&#xFDE3;]$', ''),
      '&#xFDE1;', ' '), '&#xFDE2;', '&#10;'), '&#xFDE3;', '&#10;&#10;')"/>
  </xsl:function>

  <!--
    Wraps each line of a text at a width, breaking at spaces only (a word longer than the width
    stays whole on its own line). Width 0 returns the text as it is. One regular expression over
    the whole text: at each point, the rest of the line if it fits, else the longest part that
    fits and ends before a space, else the word; a mark (U+FDD0) after each part taken becomes a
    line feed, except at the end of a line. The text holds no spaces at the start or end of a line
    and no two spaces in a row (ed:layout-text).
    $text: the text, lines separated by line feeds.
    $width: the column limit, 0 for none.
  -->
  <xsl:function name="ed:wrap" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="width" as="xs:integer"/>
    <xsl:variable name="w" as="xs:string" select="string($width)"/>
    <xsl:sequence select="if ($width le 0) then $text
      else replace(replace(replace($text, '([^\n]{1,' || $w || '}$)|([^\n]{1,' || $w || '}) |([^ \n]+) ', '$1$2$3&#xFDD0;', 'm'),
        '&#xFDD0;(\n|$)', '$1'), '&#xFDD0;', '&#10;')"/>
  </xsl:function>

</xsl:stylesheet>
