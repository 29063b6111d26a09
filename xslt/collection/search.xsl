<?xml version="1.0" encoding="UTF-8"?>
<!--
  c:search: search.html, full-text search across the collection. The index (search-index.js,
  written by the build with MiniSearch) and MiniSearch's browser build (assets/minisearch.js) are
  loaded by script elements, so the page works from file:// and from any static host with no
  request elsewhere. Without JavaScript the form stays hidden and the page says so, pointing to the
  index of names and the list of documents; with it, assets/search.js shows the form and the hits.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:c="urn:teikit:collection"
  exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template name="c:search" as="element()">
    <xsl:call-template name="c:page">
      <xsl:with-param name="title" select="'Search'"/>
      <xsl:with-param name="description" select="'Full-text search across ' || $c:title || '.'"/>
      <xsl:with-param name="current" select="'search.html'"/>
      <xsl:with-param name="scripts" select="('assets/minisearch.js', 'search-index.js', 'assets/search.js')"/>
      <xsl:with-param name="body" as="node()*">
        <header class="doc-head">
          <p class="series">{$c:title}</p>
          <h1>Search</h1>
        </header>
        <p class="no-script" id="search-off">Search needs JavaScript, which is off or not available here. Every name is in the <a href="names.html">index of names</a>, with links to each place it occurs, and every document is in the <a href="index.html">list of documents</a>.</p>
        <form class="search-form" id="search-form" role="search" action="search.html" method="get" hidden="hidden">
          <label for="search-q">Search the text of every document</label>
          <div class="search-row">
            <input type="search" id="search-q" name="q" autocomplete="off"/>
            <button type="submit">Search</button>
          </div>
        </form>
        <p id="search-status" role="status" aria-live="polite"></p>
        <ol id="search-results" class="search-results"></ol>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
