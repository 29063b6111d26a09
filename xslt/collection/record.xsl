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
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:c="urn:teikit:collection"
  xmlns:ed="urn:teikit:ed"
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
        <fn:string key="occurrences">
          <xsl:call-template name="c:occurrences"><xsl:with-param name="tei" select="$tei"/></xsl:call-template>
        </fn:string>
        <fn:string key="pages">
          <xsl:call-template name="c:pages"><xsl:with-param name="tei" select="$tei"/></xsl:call-template>
        </fn:string>
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
    <xsl:variable name="tokens" select="distinct-values($tei/descendant-or-self::*/(@ref | @source | @target | @corresp | @sameAs | @ana | @who)
      ! tokenize(normalize-space(.)))[not(starts-with(., '#'))]"/>
    <xsl:sequence select="sort(distinct-values($tokens ! (ed:prefix-expansion(., $tei), .)[1])[contains(., '#') and not(matches(., '^[A-Za-z][A-Za-z0-9+.\-]*:'))])"/>
  </xsl:function>

  <!-- Each name or quotation of the text in document order, one line each (c:line): its number,
       its page, its anchor, its pointers with prefixes expanded (space-separated), its text. One
       walk over the page breaks and the occurrences: each knows its page without looking back. -->
  <xsl:template name="c:occurrences" as="xs:string">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="occurrences" select="$tei/text/descendant::*[c:is-occurrence(.)]"/>
    <!-- Each distinct pointer expanded once (a name is pointed to many times). -->
    <xsl:variable name="expanded" as="map(xs:string, xs:string)" select="map:merge(distinct-values($occurrences/(@ref, @source) ! tokenize(normalize-space(.)))
      ! map{ .: (ed:prefix-expansion(., $tei), .)[1] })"/>
    <xsl:variable name="lines" as="xs:string*">
      <xsl:iterate select="$tei/text/descendant::*[self::pb or c:is-occurrence(.)]">
        <xsl:param name="page" as="xs:string" select="''"/>
        <xsl:param name="pages" as="xs:integer" select="0"/>
        <xsl:param name="occ" as="xs:integer" select="0"/>
        <xsl:choose>
          <xsl:when test="self::pb">
            <xsl:next-iteration>
              <xsl:with-param name="page" select="c:page-label(., $pages + 1)"/>
              <xsl:with-param name="pages" select="$pages + 1"/>
            </xsl:next-iteration>
          </xsl:when>
          <xsl:otherwise>
            <xsl:variable name="values" select="tokenize(normalize-space(string-join((@ref, @source), ' ')))"/>
            <xsl:sequence select="c:line(($occ + 1, $page, 'occ-' || $occ + 1, string-join($values ! $expanded(.), ' '), c:norm(.)))"/>
            <xsl:next-iteration>
              <xsl:with-param name="occ" select="$occ + 1"/>
            </xsl:next-iteration>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:iterate>
    </xsl:variable>
    <xsl:sequence select="string-join($lines, '&#10;')"/>
  </xsl:template>

  <!-- The reading text of each page, one line each (c:line): its label, its anchor, its text. The
       text before the first page break has no page and the text section's anchor, and is left out
       when it has no words. -->
  <xsl:template name="c:pages" as="xs:string">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="runs" select="$tei/text/descendant::node()[self::pb or self::text()]"/>
    <xsl:variable name="offset" select="if ($runs[1][self::pb]) then 0 else 1"/>
    <xsl:variable name="lines" as="xs:string*">
      <xsl:for-each-group select="$runs" group-starting-with="pb">
        <xsl:variable name="ordinal" select="position() - $offset"/>
        <xsl:variable name="text" select="normalize-space(string-join(current-group()[self::text()][not(ancestor::*[self::note or self::fw])]))"/>
        <xsl:choose>
          <xsl:when test="self::pb">
            <xsl:sequence select="c:line((c:page-label(., $ordinal), c:page-id(., $ordinal), $text))"/>
          </xsl:when>
          <xsl:when test="$text ne ''">
            <xsl:sequence select="c:line(('', 'text', $text))"/>
          </xsl:when>
        </xsl:choose>
      </xsl:for-each-group>
    </xsl:variable>
    <xsl:sequence select="string-join($lines, '&#10;')"/>
  </xsl:template>

  <!-- One line of fields separated by tabs: each field has its whitespace normalised first, so no
       field holds a tab or a line break (src/targets/collection-stylesheet.ts reads them back). -->
  <xsl:function name="c:line" as="xs:string">
    <xsl:param name="fields" as="xs:anyAtomicType*"/>
    <xsl:sequence select="string-join($fields ! normalize-space(string(.)), '&#9;')"/>
  </xsl:function>

</xsl:stylesheet>
