<?xml version="1.0" encoding="UTF-8"?>
<!--
  Quotations (docs/encoding.md §7.3, quotations): a direct quotation is `q` inline or `blockquote` when it
  holds blocks, with `cite` pointing to its source entry and a visible link to it; the typist's
  quotation marks are in the text, so the CSS adds none. An indirect quotation (reported speech,
  type="indirect") is marked as such, with the same link. Quotations without a source are marked
  without a link; `said` and `q` are speech or quotation without a source.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:h="urn:teikit:html"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template match="quote | q | said" mode="h:text">
    <xsl:variable name="hrefs" select="if (self::quote) then h:name-hrefs(.) else ()"/>
    <xsl:variable name="indirect" select="@type = 'indirect' or @direct = 'false'"/>
    <xsl:variable name="block" select="h:has-block(.) or h:in-block-context(.)"/>
    <xsl:variable name="link-ok" select="not(ancestor::*[self::ref or self::ptr])"/>
    <xsl:variable name="attrs" as="attribute()*">
      <xsl:attribute name="class" select="string-join(('quote', 'quote-indirect'[$indirect]), ' ')"/>
      <xsl:if test="h:is-occurrence(.)"><xsl:attribute name="id" select="h:occ-id(.)"/></xsl:if>
      <xsl:if test="exists($hrefs) and not($indirect)"><xsl:attribute name="cite" select="$hrefs[1]"/></xsl:if>
      <xsl:call-template name="h:lang"><xsl:with-param name="e" select=".[@xml:lang]"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="source-link" as="element()*">
      <xsl:if test="exists($hrefs) and $link-ok">
        <a class="quote-source" href="{$hrefs[1]}" aria-label="source: {h:target-label($hrefs[1])}" title="{h:target-label($hrefs[1])}">source</a>
      </xsl:if>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$block">
        <blockquote>
          <xsl:sequence select="$attrs"/>
          <xsl:apply-templates mode="#current"/>
          <xsl:if test="exists($source-link)"><p class="quote-source-line"><xsl:sequence select="$source-link"/></p></xsl:if>
        </blockquote>
      </xsl:when>
      <xsl:otherwise>
        <xsl:element name="{if ($indirect) then 'span' else 'q'}">
          <xsl:sequence select="$attrs"/>
          <xsl:apply-templates mode="#current"/>
        </xsl:element>
        <xsl:if test="exists($source-link)"><sup class="quote-ref"><xsl:sequence select="$source-link"/></sup></xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="cit" mode="h:text">
    <xsl:element name="{if (h:in-block-context(.)) then 'div' else 'span'}">
      <xsl:attribute name="class" select="'tei-cit'"/>
      <xsl:call-template name="h:ids"/>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>
</xsl:stylesheet>
