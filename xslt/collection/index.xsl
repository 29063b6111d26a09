<?xml version="1.0" encoding="UTF-8"?>
<!--
  c:index: index.html, every document of the collection ordered by date (the model's order), with
  its title, kind (report, memorandum, cable, …), date, report number, classification and its cancellation, and links to each format
  built: HTML, text, JSON and the TEI source. A document whose last build failed is marked: its
  pages are from an earlier version.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:c="urn:teikit:collection"
  exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template name="c:index" as="element()">
    <xsl:variable name="docs" as="map(*)*" select="$c:m?documents?*"/>
    <xsl:variable name="count" select="count($docs) || ' document' || (if (count($docs) eq 1) then '' else 's')"/>
    <xsl:call-template name="c:page">
      <xsl:with-param name="title" select="'All documents'"/>
      <xsl:with-param name="description" select="$c:title || ': ' || $count || ', each with its reading text, page furniture, index of names and notes.'"/>
      <xsl:with-param name="current" select="'index.html'"/>
      <xsl:with-param name="body" as="node()*">
        <header class="doc-head">
          <p class="series">{$c:title}</p>
          <h1>All documents</h1>
          <p class="subtitle">{$count}</p>
        </header>
        <div class="table-wrap">
          <table class="documents">
            <caption>Documents of the collection, by date</caption>
            <thead>
              <tr><th scope="col">Title</th><th scope="col">Kind</th><th scope="col">Date</th><th scope="col">Report number</th><th scope="col">Classification</th><th scope="col">Formats</th></tr>
            </thead>
            <tbody>
              <xsl:for-each select="$docs">
                <xsl:variable name="d" select="."/>
                <tr>
                  <th scope="row">
                    <xsl:choose>
                      <xsl:when test="$d?files?html"><a href="{$d?files?html}">{$d?title}</a></xsl:when>
                      <xsl:otherwise>{$d?title}</xsl:otherwise>
                    </xsl:choose>
                    <xsl:if test="$d?stale">
                      <span class="stale"> (pages from an earlier version: the last build of this document failed)</span>
                    </xsl:if>
                  </th>
                  <td>{if ($d?kind ne '') then upper-case(substring($d?kind, 1, 1)) || substring($d?kind, 2) else ''}</td>
                  <td><xsl:if test="$d?date ne ''"><time datetime="{$d?date}">{c:date-label($d?date)}</time></xsl:if></td>
                  <td>{$d?reportNumber}</td>
                  <td>
                    <xsl:text>{$d?classification}</xsl:text>
                    <xsl:if test="$d?released ne ''">
                      <span class="released">{if ($d?classification ne '') then ', ' else ''}cancelled: released <time datetime="{$d?released}">{c:date-label($d?released)}</time></span>
                    </xsl:if>
                  </td>
                  <td>
                    <ul class="formats">
                      <xsl:for-each select="(['html', 'HTML'], ['text', 'text'], ['diplomatic', 'text (diplomatic)'], ['json', 'JSON'], ['tei', 'TEI source'])">
                        <xsl:variable name="href" select="$d?files(?1)"/>
                        <xsl:if test="exists($href)">
                          <li><a href="{$href}" aria-label="{$d?title}: {?2}">{?2}</a></li>
                        </xsl:if>
                      </xsl:for-each>
                    </ul>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
