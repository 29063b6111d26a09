<?xml version="1.0" encoding="UTF-8"?>
<!--
  c:record: one document's facts for the collection, read from the tree the targets render (no
  second parser, no text slicing: comments, CDATA and character references are the tree's). JSON
  through xml-to-json, so members keep their order and the bytes are the same on every run.
    id, title, subtitle, kind (the genre: the body's div/@type, docs/encoding.md §6), date,
    reportNumber, classification, released (the release stamp's date)
    entities     the document's own register entries: id, kind, label, authority URLs
    uses         every pointer of the document (header, standOff and text) into another file,
                 prefixes expanded, sorted: which register entries it uses (entity-unused)
    occurrences  each name or quotation in the text, in document order: its number (the HTML's
                 `occ-N`), its pointers with prefixes expanded, the page it stands on, its text
    pages        the reading text of each page (before the first page break: page "")
    resources    local files the document references (graphic/@url, @facs), as written
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:fn="http://www.w3.org/2005/xpath-functions"
  xmlns:c="urn:teikit:collection"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template name="c:record" as="xs:string">
    <xsl:variable name="tei" as="element()" select="$c:source/*"/>
    <xsl:variable name="fd" select="$tei/teiHeader/fileDesc"/>
    <xsl:variable name="ms" select="($fd/sourceDesc/msDesc)[1]"/>
    <xsl:variable name="title" select="(($fd/titleStmt/title[@type = 'main'], $fd/titleStmt/title)[1] ! c:norm(.))[. ne '']"/>
    <xsl:variable name="date" select="string(($tei/teiHeader/profileDesc/creation/date/@when, $ms/history/origin/origDate/@when)[1])"/>
    <xsl:variable name="number" select="c:norm(($ms/msIdentifier/altIdentifier[@type = 'reportNumber']/idno)[1])"/>
    <xsl:variable name="class" select="c:norm(($tei/teiHeader/profileDesc/textClass/keywords/term)[1])"/>
    <xsl:variable name="released" select="string(($tei/text//stamp[@type = 'release']/@when)[1])"/>
    <xsl:variable name="marks" as="element()*">
      <xsl:call-template name="c:marks"><xsl:with-param name="tei" select="$tei"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="json" as="element(fn:map)">
      <fn:map>
        <fn:string key="id">{string($tei/@xml:id)}</fn:string>
        <fn:string key="title">{($title, '')[1]}</fn:string>
        <fn:string key="subtitle">{c:norm(($fd/titleStmt/title[@type = 'sub'])[1])}</fn:string>
        <fn:string key="kind">{normalize-space(($tei/text/body/div/@type, $tei/text/body//div/@type)[1])}</fn:string>
        <fn:string key="date">{$date}</fn:string>
        <fn:string key="reportNumber">{$number}</fn:string>
        <fn:string key="classification">{$class}</fn:string>
        <fn:string key="released">{$released}</fn:string>
        <fn:array key="resources">
          <xsl:for-each select="distinct-values(($tei//graphic/@url, $tei//@facs ! tokenize(normalize-space(.)))[not(starts-with(., '#')) and not(matches(., '^[A-Za-z][A-Za-z0-9+.\-]*:'))] ! normalize-space(.))">
            <xsl:sort select="."/>
            <fn:string>{.}</fn:string>
          </xsl:for-each>
        </fn:array>
        <fn:array key="entities">
          <xsl:for-each select="c:entries($tei/standOff)">
            <fn:map>
              <fn:string key="id">{@xml:id}</fn:string>
              <fn:string key="kind">{c:kind(.)}</fn:string>
              <fn:string key="label">{c:label(.)}</fn:string>
              <fn:array key="authorities">
                <xsl:for-each select="idno[exists(c:authority-url(.))]"><fn:string>{c:authority-url(.)}</fn:string></xsl:for-each>
              </fn:array>
            </fn:map>
          </xsl:for-each>
        </fn:array>
        <fn:array key="uses">
          <xsl:for-each select="c:uses($tei)"><fn:string>{.}</fn:string></xsl:for-each>
        </fn:array>
        <fn:array key="occurrences">
          <xsl:for-each select="$marks[self::c:o]">
            <fn:map>
              <fn:number key="n">{@n}</fn:number>
              <fn:array key="pointers">
                <xsl:for-each select="tokenize(@p)"><fn:string>{.}</fn:string></xsl:for-each>
              </fn:array>
              <fn:string key="page">{@page}</fn:string>
              <fn:string key="anchor">{@anchor}</fn:string>
              <fn:string key="text">{string(.)}</fn:string>
            </fn:map>
          </xsl:for-each>
        </fn:array>
        <fn:array key="pages">
          <xsl:for-each-group select="$marks[self::c:t or self::c:b]" group-starting-with="c:b">
            <xsl:variable name="text" select="normalize-space(string-join(current-group()/self::c:t))"/>
            <xsl:if test="$text ne '' or self::c:b">
              <fn:map>
                <!-- Text before the first page break: no page, the text section's anchor. -->
                <fn:string key="page">{string(self::c:b/@page)}</fn:string>
                <fn:string key="anchor">{(self::c:b/@anchor, 'text')[1]}</fn:string>
                <fn:string key="text">{$text}</fn:string>
              </fn:map>
            </xsl:if>
          </xsl:for-each-group>
        </fn:array>
      </fn:map>
    </xsl:variable>
    <xsl:sequence select="xml-to-json($json)"/>
  </xsl:template>

  <!-- c:uses: only the document's pointers into other files (`validate` of a whole collection:
       entity-unused of the register), as a JSON array. -->
  <xsl:template name="c:uses" as="xs:string">
    <xsl:variable name="json" as="element(fn:array)">
      <fn:array><xsl:for-each select="c:uses($c:source/*)"><fn:string>{.}</fn:string></xsl:for-each></fn:array>
    </xsl:variable>
    <xsl:sequence select="xml-to-json($json)"/>
  </xsl:template>

  <!-- Every pointer of a document (header, standOff, text) into another file, prefixes expanded,
       distinct and sorted: `register.xml#id`, never a URL with a scheme or a local `#id`. -->
  <xsl:function name="c:uses" as="xs:string*">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="prefixes" select="$tei/teiHeader/encodingDesc/listPrefixDef/prefixDef"/>
    <xsl:sequence select="sort(distinct-values($tei/descendant-or-self::*/(@ref | @source | @target | @corresp | @sameAs | @ana | @who)
      ! tokenize(normalize-space(.))[not(starts-with(., '#'))] ! c:expand(., $prefixes))[contains(., '#') and not(matches(., '^[A-Za-z][A-Za-z0-9+.\-]*:'))])"/>
  </xsl:function>

  <!-- Page breaks (c:b), text (c:t) and occurrences (c:o) of the text in document order, in one
       walk: each knows its page without looking back along the preceding axis. -->
  <xsl:template name="c:marks" as="element()*">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="prefixes" select="$tei/teiHeader/encodingDesc/listPrefixDef/prefixDef"/>
    <xsl:iterate select="$tei/text/descendant::node()[self::pb or self::text() or self::*[c:is-occurrence(.)]]">
      <xsl:param name="page" as="xs:string" select="''"/>
      <xsl:param name="anchor" as="xs:string" select="'text'"/>
      <xsl:param name="pages" as="xs:integer" select="0"/>
      <xsl:param name="occ" as="xs:integer" select="0"/>
      <xsl:choose>
        <xsl:when test="self::pb">
          <xsl:variable name="ordinal" select="$pages + 1"/>
          <c:b page="{c:page-label(., $ordinal)}" anchor="{c:page-id(., $ordinal)}"/>
          <xsl:next-iteration>
            <xsl:with-param name="page" select="c:page-label(., $ordinal)"/>
            <xsl:with-param name="anchor" select="c:page-id(., $ordinal)"/>
            <xsl:with-param name="pages" select="$ordinal"/>
          </xsl:next-iteration>
        </xsl:when>
        <xsl:when test="self::text()">
          <xsl:if test="not(ancestor::note or ancestor::fw)"><c:t>{.}</c:t></xsl:if>
        </xsl:when>
        <xsl:otherwise>
          <xsl:variable name="values" select="tokenize(normalize-space(string-join((@ref, @source), ' ')))"/>
          <c:o n="{$occ + 1}" page="{$page}" anchor="occ-{$occ + 1}" p="{$values ! c:expand(., $prefixes)}">{c:norm(.)}</c:o>
          <xsl:next-iteration>
            <xsl:with-param name="occ" select="$occ + 1"/>
          </xsl:next-iteration>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:iterate>
  </xsl:template>

  <!-- `prefix:value` expanded by the document's prefixDef (TEI Guidelines 16.2.3); others as written. -->
  <xsl:function name="c:expand" as="xs:string">
    <xsl:param name="pointer" as="xs:string"/>
    <xsl:param name="defs" as="element(prefixDef)*"/>
    <xsl:variable name="def" select="$defs[@ident = substring-before($pointer, ':')][1]"/>
    <xsl:variable name="rest" select="substring-after($pointer, ':')"/>
    <xsl:choose>
      <xsl:when test="empty($def)"><xsl:sequence select="$pointer"/></xsl:when>
      <xsl:otherwise>
        <xsl:try>
          <xsl:sequence select="if (matches($rest, '^(?:' || $def/@matchPattern || ')$'))
            then replace($rest, '^(?:' || $def/@matchPattern || ')$', $def/@replacementPattern) else $pointer"/>
          <xsl:catch select="$pointer"/>
        </xsl:try>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>
</xsl:stylesheet>
