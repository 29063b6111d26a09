<?xml version="1.0" encoding="UTF-8"?>
<!--
  The frame of every collection page: head, skip link, the collection's navigation, footer with the
  publisher and the licence. Everything from the model is text or an attribute value (escaped by
  the serializer); links are the build's own file names or https URLs checked by c:safe-url.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:c="urn:teikit:collection"
  exclude-result-prefixes="#all" expand-text="yes">

  <xsl:variable name="c:meta" as="map(*)" select="($c:m?collection, map{})[1]"/>
  <xsl:variable name="c:title" as="xs:string" select="string(($c:meta?title[. ne ''], 'Untitled collection')[1])"/>

  <!-- An http(s) URL without spaces or markup characters, else nothing. -->
  <xsl:function name="c:safe-url" as="xs:string?">
    <xsl:param name="u" as="xs:string?"/>
    <xsl:sequence select="$u[matches(., '^https?://[^\s/?#@\\&quot;&lt;&gt;]+(/[^\s&quot;&lt;&gt;]*)?$')] ! iri-to-uri(.)"/>
  </xsl:function>

  <!-- `1945-04-13` in words; YYYY-MM and YYYY too; anything else as given. -->
  <xsl:function name="c:date-label" as="xs:string">
    <xsl:param name="iso" as="xs:string?"/>
    <xsl:variable name="v" select="normalize-space($iso)"/>
    <xsl:sequence select="
      if ($v castable as xs:date) then format-date(xs:date($v), '[D] [MNn] [Y]', 'en', (), ())
      else if (matches($v, '^[0-9]{4}-(0[1-9]|1[0-2])$')) then format-date(xs:date($v || '-01'), '[MNn] [Y]', 'en', (), ())
      else $v"/>
  </xsl:function>

  <!-- A whole page. -->
  <xsl:template name="c:page" as="element()">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="description" as="xs:string"/>
    <xsl:param name="current" as="xs:string" select="''"/>
    <xsl:param name="scripts" as="xs:string*" select="()"/>
    <xsl:param name="body" as="node()*"/>
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>{$title} · {$c:title}</title>
        <meta name="description" content="{$description}"/>
        <meta name="generator" content="teikit"/>
        <xsl:variable name="base" select="c:safe-url($c:meta?baseUrl)"/>
        <xsl:if test="$base and $current ne ''"><link rel="canonical" href="{$base}{$current}"/></xsl:if>
        <link rel="stylesheet" href="assets/edition.css"/>
        <link rel="stylesheet" href="assets/collection.css"/>
        <xsl:for-each select="$scripts"><script src="{.}" defer="defer"></script></xsl:for-each>
      </head>
      <body class="collection">
        <a class="skip" href="#main">Skip to the content</a>
        <header class="site">
          <nav aria-label="Collection">
            <ul class="collection-nav">
              <xsl:for-each select="(['index.html', 'All documents'], ['names.html', 'Index of names'], ['search.html', 'Search'])">
                <li>
                  <a href="{?1}">
                    <xsl:if test="?1 eq $current"><xsl:attribute name="aria-current" select="'page'"/></xsl:if>
                    <xsl:value-of select="?2"/>
                  </a>
                </li>
              </xsl:for-each>
            </ul>
          </nav>
        </header>
        <main id="main">
          <xsl:sequence select="$body"/>
        </main>
        <footer class="site-foot">
          <p>
            <xsl:text>{$c:title}</xsl:text>
            <xsl:if test="$c:meta?publisher ne ''">, published by {$c:meta?publisher}</xsl:if>
            <xsl:text>. </xsl:text>
            <xsl:variable name="licence" select="c:safe-url($c:meta?licenceUrl)"/>
            <xsl:variable name="terms" select="replace($c:meta?licence, '\.$', '')"/>
            <xsl:choose>
              <xsl:when test="$licence"><a href="{$licence}" rel="license">Licence</a>: {$terms}. </xsl:when>
              <xsl:when test="$terms ne ''">Licence: {$terms}. </xsl:when>
            </xsl:choose>
            <xsl:text>Made with teikit.</xsl:text>
          </p>
        </footer>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
