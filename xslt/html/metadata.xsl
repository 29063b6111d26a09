<?xml version="1.0" encoding="UTF-8"?>
<!--
  The head: title, description, Dublin Core (DCMI "Expressing Dublin Core metadata using HTML")
  and schema.org JSON-LD describing the document and the edition, the stylesheet and the optional
  script (issue 5, metadata). JSON is built with xml-to-json, and `<` is escaped inside the script
  element so that no text of the document can close it.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:fn="http://www.w3.org/2005/xpath-functions"
  xmlns:h="urn:teikit:html"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <xsl:variable name="h:file-desc" as="element()?" select="$h:tei/teiHeader/fileDesc"/>
  <xsl:variable name="h:ms" as="element()?" select="ed:ms($h:root)"/>
  <xsl:variable name="h:main-title" as="xs:string"
    select="(($h:file-desc/titleStmt/title[@type = 'main'], $h:file-desc/titleStmt/title)[1] ! h:norm(.), 'Untitled document')[. ne ''][1]"/>
  <xsl:variable name="h:sub-title" as="xs:string" select="h:norm(($h:file-desc/titleStmt/title[@type = 'sub'])[1])"/>
  <xsl:variable name="h:authors" as="xs:string*" select="$h:file-desc/titleStmt/author ! ed:name-text(.)"/>
  <xsl:variable name="h:report-number" as="xs:string" select="string(ed:report-number($h:root))"/>
  <xsl:variable name="h:doc-date" as="xs:string" select="string(ed:doc-date($h:root))"/>
  <xsl:variable name="h:publisher" as="xs:string" select="h:norm(($h:file-desc/publicationStmt/publisher)[1])"/>
  <xsl:variable name="h:pub-date" as="xs:string"
    select="string(($h:file-desc/publicationStmt/date/@when, $h:file-desc/publicationStmt/date)[1])"/>

  <xsl:template name="h:head" as="element()">
    <head>
      <meta charset="utf-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <title>{$h:main-title}{$h:report-number[. ne ''] ! (' (' || . || ')')} · teikit edition</title>
      <meta name="description" content="{h:description()}"/>
      <meta name="generator" content="teikit"/>
      <xsl:call-template name="c:canonical" xmlns:c="urn:teikit:collection"/>
      <link rel="schema.DC" href="http://purl.org/dc/elements/1.1/"/>
      <meta name="DC.title" content="{$h:main-title}"/>
      <xsl:for-each select="$h:authors"><meta name="DC.creator" content="{.}"/></xsl:for-each>
      <xsl:if test="$h:doc-date"><meta name="DC.date" content="{$h:doc-date}"/></xsl:if>
      <meta name="DC.type" content="Text"/>
      <meta name="DC.format" content="text/html"/>
      <meta name="DC.identifier" content="{($h:tei/@xml:id, $h:report-number)[1]}"/>
      <xsl:if test="$h:report-number"><meta name="DC.source" content="{$h:report-number}"/></xsl:if>
      <meta name="DC.language" content="{($h:tei/@xml:lang, 'en')[1]}"/>
      <xsl:if test="$h:publisher"><meta name="DC.publisher" content="{$h:publisher}"/></xsl:if>
      <xsl:for-each select="$h:file-desc/publicationStmt/availability/licence">
        <meta name="DC.rights" content="{h:norm(.)}"/>
      </xsl:for-each>
      <xsl:choose>
        <xsl:when test="$css ne ''">
          <style><xsl:value-of select="$css"/></style>
        </xsl:when>
        <xsl:otherwise>
          <link rel="stylesheet" href="{$assets}edition.css"/>
          <script src="{$assets}view.js" defer="defer"></script>
        </xsl:otherwise>
      </xsl:choose>
      <script type="application/ld+json">
        <xsl:value-of select="replace(replace(xml-to-json(h:json-ld()), '&lt;', '\\u003c'), '&gt;', '\\u003e')"/>
      </script>
    </head>
  </xsl:template>

  <!-- One sentence for search engines and link previews. -->
  <xsl:function name="h:description" as="xs:string">
    <xsl:sequence select="'Digital edition of ' || $h:main-title
      || (if ($h:report-number or $h:doc-date) then ' (' || string-join(($h:report-number[. ne ''], ed:date-label($h:doc-date)[. ne '']), ', ') || ')' else '')
      || ': the text with its page furniture, an index of names and editorial notes.'"/>
  </xsl:function>

  <!-- schema.org: the edition (a CreativeWork) and the document it is based on (a Report). -->
  <xsl:function name="h:json-ld" as="element(fn:map)">
    <fn:map>
      <fn:string key="@context">https://schema.org</fn:string>
      <fn:string key="@type">CreativeWork</fn:string>
      <fn:string key="name">{$h:main-title}</fn:string>
      <xsl:if test="$h:sub-title"><fn:string key="alternativeHeadline">{$h:sub-title}</fn:string></xsl:if>
      <fn:string key="identifier">{string($h:tei/@xml:id)}</fn:string>
      <fn:string key="inLanguage">{($h:tei/@xml:lang, 'en')[1]}</fn:string>
      <xsl:if test="$h:publisher">
        <fn:map key="publisher"><fn:string key="@type">Organization</fn:string><fn:string key="name">{$h:publisher}</fn:string></fn:map>
      </xsl:if>
      <xsl:if test="$h:pub-date"><fn:string key="datePublished">{$h:pub-date}</fn:string></xsl:if>
      <xsl:if test="$h:file-desc/editionStmt/edition">
        <fn:string key="version">{($h:file-desc/editionStmt/edition/@n, h:norm($h:file-desc/editionStmt/edition))[1]}</fn:string>
      </xsl:if>
      <xsl:variable name="licences" select="$h:file-desc/publicationStmt/availability/licence"/>
      <xsl:if test="$licences">
        <fn:array key="license">
          <xsl:for-each select="$licences"><fn:string>{(h:safe-url(@target), h:norm(.))[1]}</fn:string></xsl:for-each>
        </fn:array>
      </xsl:if>
      <fn:map key="isBasedOn">
        <fn:string key="@type">{if ($h:report-number) then 'Report' else 'CreativeWork'}</fn:string>
        <fn:string key="name">{$h:main-title}</fn:string>
        <xsl:if test="$h:report-number"><fn:string key="reportNumber">{$h:report-number}</fn:string></xsl:if>
        <xsl:if test="$h:doc-date"><fn:string key="dateCreated">{$h:doc-date}</fn:string></xsl:if>
        <xsl:if test="exists($h:authors)">
          <fn:array key="author">
            <xsl:for-each select="$h:authors"><fn:map><fn:string key="@type">Organization</fn:string><fn:string key="name">{.}</fn:string></fn:map></xsl:for-each>
          </fn:array>
        </xsl:if>
      </fn:map>
    </fn:map>
  </xsl:function>
</xsl:stylesheet>
