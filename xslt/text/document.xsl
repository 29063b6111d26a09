<?xml version="1.0" encoding="UTF-8"?>
<!--
  The text target's document: the laid-out stream of the chosen view, wrapped at $ed:width
  columns (0: not wrapped), ending with one line feed. Unwrapped and without that final line
  feed, the reading view is exactly the `text` of the JSON target.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ed="urn:teikit:ed"
  exclude-result-prefixes="#all">

  <xsl:template match="/" as="xs:string">
    <xsl:variable name="text" as="xs:string" select="ed:layout-text((ed:text-header-stream(.), ed:stream(.), ed:notes-stream(.)))"/>
    <xsl:sequence select="ed:wrap($text, $ed:width) || '&#10;'"/>
  </xsl:template>

</xsl:stylesheet>
