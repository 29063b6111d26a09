<?xml version="1.0" encoding="UTF-8"?>
<!--
  Dates in words (ENCODING.md §4 Dates): how every target says an ISO 8601 value to a reader.
  The HTML target writes these labels; the JSON target keeps the ISO values they are made from.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ed="urn:teikit:ed"
  exclude-result-prefixes="#all">

  <!--
    An ISO 8601 date in words: YYYY-MM-DD "5 April 1945", YYYY-MM "April 1945"; any other value
    (a year, a time, a duration, free text) as given, whitespace normalised.
    $iso: the value, if any.
  -->
  <xsl:function name="ed:date-label" as="xs:string">
    <xsl:param name="iso" as="xs:string?"/>
    <xsl:variable name="v" as="xs:string" select="normalize-space($iso)"/>
    <xsl:sequence select="
      if ($v castable as xs:date) then format-date(xs:date($v), '[D] [MNn] [Y]', 'en', (), ())
      else if (matches($v, '^[0-9]{4}-(0[1-9]|1[0-2])$')) then format-date(xs:date($v || '-01'), '[MNn] [Y]', 'en', (), ())
      else $v"/>
  </xsl:function>

</xsl:stylesheet>
