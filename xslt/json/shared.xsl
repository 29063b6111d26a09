<?xml version="1.0" encoding="UTF-8"?>
<!--
  The modules the JSON target shares with the other targets: what the TEI means (pointers,
  furniture), the reading stream and its fallback. xslt/json.xsl imports them through this one
  module, so that they keep one import precedence among themselves (the fallback rule of mode
  ed:stream stays below the reading rules by priority) while the JSON modules, included in
  json.xsl, may replace a shared function (json/markers.xsl).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  exclude-result-prefixes="#all">

  <xsl:include href="../common/params.xsl"/>
  <xsl:include href="../common/pointers.xsl"/>
  <xsl:include href="../common/furniture.xsl"/>
  <xsl:include href="../common/facts.xsl"/>
  <xsl:include href="../common/dates.xsl"/>
  <xsl:include href="../common/markers.xsl"/>
  <xsl:include href="../common/layout.xsl"/>
  <xsl:include href="../common/reading.xsl"/>
  <xsl:include href="../common/language.xsl"/>
  <xsl:include href="../common/patterns.xsl"/>
  <xsl:include href="../common/collection-params.xsl"/>
  <xsl:include href="../common/register.xsl"/>
  <xsl:include href="../common/structure.xsl"/>
  <xsl:include href="../common/stream-structure.xsl"/>
  <xsl:include href="../common/fallback.xsl"/>

</xsl:stylesheet>
