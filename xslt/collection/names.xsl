<?xml version="1.0" encoding="UTF-8"?>
<!--
  c:names: names.html, the index of names of the whole collection: the register's entries and each
  document's own, by kind and name, each with its authority links and every occurrence in every
  document (the document, the page, a link to the exact place: `<id>.html#occ-N`).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:c="urn:teikit:collection"
  exclude-result-prefixes="#all" expand-text="yes">

  <xsl:variable name="c:kinds" as="array(xs:string)*"
    select="(['person', 'Persons'], ['org', 'Organisations'], ['place', 'Places'], ['event', 'Events'], ['text', 'Texts'], ['object', 'Objects'])"/>

  <xsl:template name="c:names" as="element()">
    <xsl:variable name="entities" as="map(*)*" select="$c:m?entities?*"/>
    <xsl:call-template name="c:page">
      <xsl:with-param name="title" select="'Index of names'"/>
      <xsl:with-param name="description" select="'Index of the persons, organisations, places, events and texts named in ' || $c:title || ', with every occurrence.'"/>
      <xsl:with-param name="current" select="'names.html'"/>
      <xsl:with-param name="body" as="node()*">
        <header class="doc-head">
          <p class="series">{$c:title}</p>
          <h1>Index of names</h1>
          <p class="subtitle">{count($entities)} entries</p>
        </header>
        <nav class="contents" aria-label="Kinds of names">
          <ul>
            <xsl:for-each select="$c:kinds[?1 = $entities?kind]">
              <li><a href="#kind-{?1}">{?2}</a></li>
            </xsl:for-each>
          </ul>
        </nav>
        <xsl:for-each select="$c:kinds[?1 = $entities?kind]">
          <xsl:variable name="kind" select="?1"/>
          <section class="kind" aria-labelledby="kind-{$kind}">
            <h2 id="kind-{$kind}">{?2}</h2>
            <ul class="entries">
              <xsl:for-each select="$entities[?kind eq $kind]">
                <xsl:call-template name="c:entry"/>
              </xsl:for-each>
            </ul>
          </section>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- One entry: its name, where it is recorded, authority links, note, occurrences by document. -->
  <xsl:template name="c:entry" as="element()">
    <xsl:variable name="e" as="map(*)" select="."/>
    <li class="entry" id="{$e?anchor}">
      <p class="entry-name"><strong>{$e?label}</strong>
        <xsl:if test="exists($e?document)">
          <span class="entry-where"> (recorded in <a href="{$e?document?href}">{$e?document?title}</a>)</span>
        </xsl:if>
      </p>
      <xsl:variable name="links" select="$e?authorities?*[exists(c:safe-url(.))]"/>
      <xsl:if test="exists($links)">
        <p class="authorities">
          <xsl:text>Authority: </xsl:text>
          <xsl:for-each select="$links">
            <xsl:if test="position() gt 1">, </xsl:if>
            <a href="{c:safe-url(.)}">{replace(., '^https?://(www\.)?', '')}</a>
          </xsl:for-each>
        </p>
      </xsl:if>
      <xsl:if test="$e?note ne ''"><p class="entry-note">{$e?note}</p></xsl:if>
      <xsl:variable name="occurrences" as="map(*)*" select="$e?occurrences?*"/>
      <xsl:choose>
        <xsl:when test="empty($occurrences)"><p class="occ-none">Not named in any document of the collection.</p></xsl:when>
        <xsl:otherwise>
          <ul class="occurrences">
            <xsl:for-each-group select="$occurrences" group-adjacent="?doc">
              <li>
                <a href="{current-group()[1]?href}">{current-group()[1]?title}</a>
                <xsl:text>: </xsl:text>
                <xsl:for-each select="current-group()">
                  <xsl:if test="position() gt 1">, </xsl:if>
                  <xsl:variable name="shown" select="if (?page ne '') then 'page ' || ?page else 'in the text'"/>
                  <a href="{?href}#{?anchor}" aria-label="{$shown}: {$e?label} in {?title}, occurrence {position()}">{$shown}</a>
                </xsl:for-each>
              </li>
            </xsl:for-each-group>
          </ul>
        </xsl:otherwise>
      </xsl:choose>
    </li>
  </xsl:template>
</xsl:stylesheet>
