<?xml version="1.0" encoding="UTF-8"?>
<!--
  Dates and numbers (ENCODING.md §4, dates and numbers): a date with @when or @dur is a
  `<time datetime>`; a span (@from/@to, @notBefore/@notAfter) is marked with its bounds in words in
  a title and in data attributes, since `datetime` holds one value; a number is `<data value>`.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:h="urn:teikit:html"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template match="date | time | docDate | origDate" mode="h:text h:prose">
    <xsl:variable name="value" select="normalize-space((@when, @when-iso, @dur, @dur-iso)[1])"/>
    <xsl:variable name="from" select="normalize-space((@from, @notBefore, @from-iso, @notBefore-iso)[1])"/>
    <xsl:variable name="to" select="normalize-space((@to, @notAfter, @to-iso, @notAfter-iso)[1])"/>
    <xsl:choose>
      <xsl:when test="h:is-datetime($value)">
        <time class="date" datetime="{$value}"><xsl:call-template name="h:ids"/><xsl:apply-templates mode="#current"/></time>
      </xsl:when>
      <xsl:when test="$from or $to">
        <span class="date date-span" data-from="{$from}" data-to="{$to}" title="{string-join((ed:date-label($from)[. ne ''] ! ('from ' || .), ed:date-label($to)[. ne ''] ! ('to ' || .)), ' ')}">
          <xsl:call-template name="h:ids"/><xsl:apply-templates mode="#current"/>
        </span>
      </xsl:when>
      <xsl:otherwise>
        <span class="date"><xsl:call-template name="h:ids"/><xsl:apply-templates mode="#current"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="num" mode="h:text h:prose">
    <xsl:choose>
      <xsl:when test="@value"><data class="num" value="{@value}"><xsl:apply-templates mode="#current"/></data></xsl:when>
      <xsl:otherwise><span class="num"><xsl:apply-templates mode="#current"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
