<?xml version="1.0" encoding="UTF-8"?>
<!--
  Layout of the text stream (markers.xsl): whitespace normalised to single spaces and breaks from
  the markers (ed:layout-text, a few regular expressions over the whole stream), wrapping, and
  string lengths in UTF-16 code units. The JSON target, which also needs the offsets of the nodes
  it locates, lays the stream out in one pass of its own that writes the same text (json/layout.xsl).
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

  <!--
    The text of a stream (json/layout.xsl writes the same text piece by piece), by a few regular expressions over the whole
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
