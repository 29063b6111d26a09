<?xml version="1.0" encoding="UTF-8"?>
<!--
  What a document's page shows of its collection (included by xslt/html.xsl; parameters in
  common/collection-params.xsl): the canonical link and persistent address, the collection's
  navigation, the downloads of its own text, JSON and TEI source, and links from names that point
  into the register to the collection's index of names.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ed="urn:teikit:ed"
  xmlns:c="urn:teikit:collection"
  xmlns:h="urn:teikit:html"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <!-- This document's persistent address, when the collection has a base URL. -->
  <xsl:variable name="c:doc-url" as="xs:string?" select="ed:document-url(/)"/>

  <xsl:template name="c:canonical" as="element()?">
    <xsl:if test="exists($c:doc-url)"><link rel="canonical" href="{$c:doc-url}"/></xsl:if>
  </xsl:template>

  <!-- The persistent address in "How to cite". -->
  <xsl:template name="c:cite-url" as="node()*">
    <xsl:if test="exists($c:doc-url)">
      <xsl:text> </xsl:text>
      <xsl:if test="$ed:collection-title ne ''">In <cite>{$ed:collection-title}</cite>. </xsl:if>
      <a href="{$c:doc-url}" class="doc-url">{$c:doc-url}</a>
      <xsl:text>.</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- The collection's pages, on a built page. -->
  <xsl:template name="c:collection-nav" as="element()">
    <nav aria-label="Collection">
      <ul class="collection-nav">
        <li><a href="index.html">All documents</a></li>
        <xsl:if test="$ed:collection-pages">
          <li><a href="names.html">Index of names</a></li>
          <li><a href="search.html">Search</a></li>
        </xsl:if>
      </ul>
    </nav>
  </xsl:template>

  <!-- Downloads of this document's other formats. -->
  <xsl:template name="c:downloads" as="element()?">
    <xsl:variable name="names" select="tokenize(normalize-space($ed:downloads))[matches(., '^[A-Za-z0-9._%\-]+(/[A-Za-z0-9._%\-]+)*$') and not(contains(., '..'))]"/>
    <xsl:if test="exists($names)">
      <section id="downloads" aria-labelledby="downloads-h">
        <h2 id="downloads-h">Downloads</h2>
        <ul class="doc-links">
          <xsl:for-each select="$names">
            <li><a href="{.}" download="{tokenize(., '/')[last()]}">{c:format-label(.)}</a></li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:function name="c:format-label" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="if (ends-with($name, '.diplomatic.txt')) then 'Plain text (diplomatic)'
      else if (ends-with($name, '.txt')) then 'Plain text'
      else if (ends-with($name, '.json')) then 'JSON'
      else if (ends-with($name, '.xml')) then 'TEI source'
      else $name"/>
  </xsl:function>

  <!-- A pointer into the register (`register.xml#id`, prefixes already expanded) as a link to its
       entry in this page's index of names (html/labels.xsl $h:register-listed), else in the
       collection's index of names; nothing for any other pointer. -->
  <xsl:function name="c:register-link" as="xs:string?">
    <xsl:param name="pointer" as="xs:string"/>
    <xsl:variable name="id" select="substring-after($pointer, '#')"/>
    <xsl:sequence select="if (exists($ed:register) and $ed:register-href ne '' and starts-with($pointer, $ed:register-href || '#')
      and matches($id, '^[A-Za-z0-9_.\-]+$') and exists($ed:register ! id($id, .))) then (if (map:contains($h:register-listed, $id)) then '#' else 'names.html#') || $id else ()"/>
  </xsl:function>
</xsl:stylesheet>
