<?xml version="1.0" encoding="UTF-8"?>
<!--
  The text target's document: the laid-out stream of the chosen view, then the apparatus (each
  entry with readings besides the text's, ed:apparatus-line) under the heading "Apparatus",
  wrapped at $ed:width columns (0: not wrapped), ending with one line feed. Unwrapped and without
  the apparatus and the final line feed, the reading view is exactly the `text` of the JSON
  target (which lists the apparatus as data).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ed="urn:teikit:ed"
  exclude-result-prefixes="#all">

  <xsl:template match="/" as="xs:string">
    <xsl:variable name="text" as="xs:string" select="ed:layout-text((ed:text-header-stream(.), ed:stream(.), ed:notes-stream(.)))"/>
    <xsl:variable name="apparatus" as="xs:string*" select="ed:apparatus(.) ! ed:apparatus-line(.)"/>
    <xsl:variable name="all" as="xs:string" select="if (empty($apparatus)) then $text
      else string-join(($text[.], 'Apparatus', string-join($apparatus, '&#10;')), '&#10;&#10;')"/>
    <xsl:sequence select="ed:wrap($all, $ed:width) || '&#10;'"/>
  </xsl:template>

</xsl:stylesheet>
