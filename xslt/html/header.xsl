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
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <xsl:variable name="h:markings" as="element()*" select="$h:text//fw[@type = 'classification']"/>
  <xsl:variable name="h:release-stamps" as="element()*" select="$h:text//stamp[@type = 'release']"/>

  <!-- The classification level: the keyword term pointing into the taxonomy, else the category
       the first marking points to (§2 classDecl, textClass). -->
  <xsl:function name="h:classification-level" as="xs:string">
    <xsl:variable name="term" select="($h:tei/teiHeader/profileDesc/textClass/keywords/term)[1]"/>
    <xsl:variable name="cat" select="(h:local-ids(($term/@ref, ($h:markings/@ana)[1])) ! key('h:id', ., root($h:tei)))[self::category][1]"/>
    <xsl:sequence select="(h:norm($cat/catDesc)[. ne ''], h:norm($term)[. ne ''], '')[1]"/>
  </xsl:function>

  <!-- Whether the page has a classification section to show. -->
  <xsl:function name="h:has-classification" as="xs:boolean">
    <xsl:sequence select="h:classification-level() ne '' or exists($h:markings) or exists($h:release-stamps)"/>
  </xsl:function>

  <!-- "all 5 markings struck through", "not cancelled", … -->
  <xsl:function name="h:marking-state" as="xs:string">
    <xsl:variable name="struck" select="$h:markings[.//del]"/>
    <xsl:sequence select="
      if (empty($h:markings)) then ''
      else if (count($struck) = count($h:markings))
        then (if (count($h:markings) = 1) then 'the marking is struck through' else if (count($h:markings) = 2) then 'both markings struck through' else 'all ' || count($h:markings) || ' markings struck through')
      else if (empty($struck)) then 'not cancelled'
      else count($struck) || ' of ' || count($h:markings) || ' markings struck through'"/>
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
        <xsl:if test="$h:doc-date">
          <div><dt>Date</dt><dd><xsl:sequence select="h:time($h:doc-date)"/></dd></div>
        </xsl:if>
        <xsl:if test="$h:report-number">
          <div><dt>Report number</dt><dd>{$h:report-number}</dd></div>
        </xsl:if>
        <xsl:for-each select="($h:ms/msIdentifier/altIdentifier[@type = 'copyNumber']/idno)[1]">
          <div><dt>Copy</dt><dd>{h:norm(.)}</dd></div>
        </xsl:for-each>
        <xsl:variable name="level" select="h:classification-level()"/>
        <xsl:if test="$level or exists($h:markings)">
          <div><dt>Classification</dt><dd>{string-join(($level[. ne ''], h:marking-state()[. ne '']), ', ')}</dd></div>
        </xsl:if>
        <xsl:for-each select="($h:release-stamps/@when, $h:ms/history/provenance/@when)[1]">
          <div><dt>Released</dt><dd><xsl:sequence select="h:time(string(.))"/></dd></div>
        </xsl:for-each>
      </dl>
    </header>
  </xsl:template>

  <!-- `<time datetime>` for an ISO value, with the value in words. -->
  <xsl:function name="h:time" as="element()">
    <xsl:param name="iso" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="h:is-datetime($iso)"><time datetime="{$iso}">{h:date-label($iso)}</time></xsl:when>
      <xsl:otherwise><span>{$iso}</span></xsl:otherwise>
    </xsl:choose>
  </xsl:function>
</xsl:stylesheet>
