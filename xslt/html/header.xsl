<?xml version="1.0" encoding="UTF-8"?>
<!--
  The document header block of the page: series, title, subtitle and the key facts (author, date,
  report and copy number, classification and release) from teiHeader (ENCODING.md §2), with the
  classification's state read from the markings in the text (§4, page furniture).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:h="urn:teikit:html"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <!-- The document's facts come from common/facts.xsl, as in every target. -->
  <xsl:variable name="h:markings" as="element()*" select="ed:classification-markings($h:root)"/>
  <xsl:variable name="h:release-stamps" as="element()*" select="ed:release-stamps($h:root)"/>
  <xsl:variable name="h:level" as="xs:string?" select="ed:classification-level($h:root)"/>

  <!-- Whether the page has a classification section to show: only a document that carries a
       classification, its markings or a release stamp. -->
  <xsl:function name="h:has-classification" as="xs:boolean">
    <xsl:sequence select="exists($h:level) or exists($h:markings) or exists($h:release-stamps)"/>
  </xsl:function>

  <xsl:template name="h:doc-header" as="element()">
    <xsl:variable name="series" select="h:norm(($h:ms/msContents/msItem/title[@type = 'series'])[1])"/>
    <header class="doc-head">
      <xsl:if test="$series"><p class="series">{$series}</p></xsl:if>
      <h1>{$h:main-title}</h1>
      <xsl:if test="$h:sub-title"><p class="subtitle">{$h:sub-title}</p></xsl:if>
      <dl class="facts">
        <xsl:if test="exists($h:authors)">
          <div><dt>Author</dt><dd>{string-join($h:authors, '; ')}</dd></div>
        </xsl:if>
        <xsl:if test="$h:file-desc/titleStmt/editor">
          <div><dt>Editor</dt><dd>{string-join($h:file-desc/titleStmt/editor ! ed:name-text(.), '; ')}</dd></div>
        </xsl:if>
        <xsl:if test="$h:doc-date">
          <div><dt>Date</dt><dd><xsl:sequence select="h:time($h:doc-date)"/></dd></div>
        </xsl:if>
        <xsl:if test="$h:report-number">
          <div><dt>Report number</dt><dd>{$h:report-number}</dd></div>
        </xsl:if>
        <xsl:for-each select="ed:copy-number($h:root)">
          <div><dt>Copy</dt><dd>{.}</dd></div>
        </xsl:for-each>
        <xsl:if test="exists($h:level) or exists($h:markings)">
          <div><dt>Classification</dt><dd>{string-join(($h:level, ed:marking-state($h:root)), ', ')}</dd></div>
        </xsl:if>
        <xsl:for-each select="ed:release-date($h:root)">
          <div><dt>Released</dt><dd><xsl:sequence select="h:time(.)"/></dd></div>
        </xsl:for-each>
      </dl>
    </header>
  </xsl:template>

  <!-- `<time datetime>` for an ISO value, with the value in words. -->
  <xsl:function name="h:time" as="element()">
    <xsl:param name="iso" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="h:is-datetime($iso)"><time datetime="{$iso}">{ed:date-label($iso)}</time></xsl:when>
      <xsl:otherwise><span>{$iso}</span></xsl:otherwise>
    </xsl:choose>
  </xsl:function>
</xsl:stylesheet>
