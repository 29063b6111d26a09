<?xml version="1.0" encoding="UTF-8"?>
<!--
  Message text of asserts, reports and diagnostics (ISO 19757-3 §5.4.3, §5.4.5, §5.4.14):
  text is kept, sch:value-of and sch:name are evaluated in the rule's context, sch:emph, sch:dir
  and sch:span keep their text. Other markup is refused.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:sch="http://purl.oclc.org/dsdl/schematron"
  xmlns:sc="urn:teikit:schematron"
  xmlns:axsl="urn:teikit:axsl"
  exclude-result-prefixes="#all">

  <xsl:template match="text()" mode="sc:message" as="element()">
    <axsl:text>
      <xsl:value-of select="."/>
    </axsl:text>
  </xsl:template>

  <xsl:template match="sch:value-of" mode="sc:message" as="element()">
    <xsl:if test="not(@select)">
      <xsl:sequence select="sc:fail(., 'Unexpected `sch:value-of` without `@select`')"/>
    </xsl:if>
    <axsl:value-of select="{@select}" separator=" "/>
  </xsl:template>

  <xsl:template match="sch:name" mode="sc:message" as="element()">
    <axsl:value-of select="name({(@path, '.')[1]})"/>
  </xsl:template>

  <xsl:template match="sch:emph | sch:dir | sch:span" mode="sc:message" as="element()*">
    <xsl:apply-templates select="node()" mode="sc:message"/>
  </xsl:template>

  <xsl:template match="comment() | processing-instruction()" mode="sc:message" as="empty-sequence()"/>

  <xsl:template match="*" mode="sc:message" as="empty-sequence()">
    <xsl:sequence select="sc:fail(., 'Unexpected `' || name() || '` in a message, expected text, `sch:value-of`, `sch:name`, `sch:emph`, `sch:dir` or `sch:span`')"/>
  </xsl:template>
</xsl:stylesheet>
