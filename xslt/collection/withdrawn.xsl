<?xml version="1.0" encoding="UTF-8"?>
<!--
  c:withdrawn: the page left at the address of a document that is no longer in the collection
  (deleted, or renamed to another id), so that links and citations do not break: it says so and
  links to its successor when the register names one (listBibl type="withdrawn").
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:c="urn:teikit:collection"
  exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template name="c:withdrawn" as="element()">
    <xsl:variable name="w" as="map(*)?" select="$c:m?withdrawn?*[?id eq $c:withdrawn-id][1]"/>
    <xsl:call-template name="c:page">
      <xsl:with-param name="title" select="'Withdrawn: ' || $c:withdrawn-id"/>
      <xsl:with-param name="description" select="'The document ' || $c:withdrawn-id || ' has been withdrawn from ' || $c:title || '.'"/>
      <xsl:with-param name="current" select="$c:withdrawn-id || '.html'"/>
      <xsl:with-param name="body" as="node()*">
        <header class="doc-head">
          <p class="series">{$c:title}</p>
          <h1>Document withdrawn</h1>
        </header>
        <p>The document <code>{$c:withdrawn-id}</code><xsl:if test="$w?title ne ''"> (“{$w?title}”)</xsl:if> has been withdrawn from the collection.</p>
        <xsl:if test="$w?note ne ''"><p>{$w?note}</p></xsl:if>
        <xsl:choose>
          <xsl:when test="$w?successor?href">
            <p class="successor">It is replaced by <a href="{$w?successor?href}">{$w?successor?title}</a>.</p>
          </xsl:when>
          <xsl:when test="$w?successor?id">
            <p class="successor">The register names <code>{$w?successor?id}</code> as its successor, which is not in the collection yet.</p>
          </xsl:when>
        </xsl:choose>
        <p>See <a href="index.html">all documents</a> of the collection.</p>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
