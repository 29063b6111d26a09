<?xml version="1.0" encoding="UTF-8"?>
<!--
  The structure of the text (ENCODING.md §4): front with the typed header block (titlePage), body,
  divisions, headings, paragraphs, and the common TEI structures other documents use (lists, verse,
  drama, tables, figures, links). A paragraph that holds block content becomes a div, so that the
  HTML parser never splits it.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:h="urn:teikit:html"
  xmlns:ed="urn:teikit:ed"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <!-- TEI elements rendered as HTML blocks. -->
  <xsl:variable name="h:blocks" as="xs:string+" select="('p', 'ab', 'div', 'div1', 'div2', 'div3', 'div4',
    'lg', 'l', 'list', 'listBibl', 'table', 'sp', 'speaker', 'stage', 'figure', 'head', 'titlePage', 'floatingText',
    'opener', 'closer', 'postscript', 'epigraph', 'argument', 'trailer', 'castList', 'item', 'label', 'signed', 'salute', 'dateline')"/>

  <!-- The same names as a map: one lookup per element, where `=` on a list compares strings one
       by one (and SaxonJS scans each string for astral characters on every comparison). -->
  <xsl:variable name="h:block-names" as="map(xs:string, xs:boolean)" select="map:merge($h:blocks ! map { .: true() })"/>

  <!-- Whether an element holds block content outside its notes (notes move to the notes list). -->
  <xsl:function name="h:has-block" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/descendant::*[map:contains($h:block-names, local-name())][not(ancestor::note[. &gt;&gt; $e])])"/>
  </xsl:function>

  <!-- Whether an element stands where a block is expected (its parent renders as a block). -->
  <xsl:function name="h:in-block-context" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/parent::*[self::text or self::front or self::body or self::back or self::group
      or self::div or self::div1 or self::div2 or self::div3 or self::div4 or self::floatingText or self::sp or self::note or self::cit])"/>
  </xsl:function>

  <!-- id (from xml:id) and lang (from xml:lang) of a rendered element. -->
  <xsl:template name="h:ids" as="attribute()*">
    <xsl:if test="@xml:id and not(h:is-occurrence(.))"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
    <xsl:for-each select="ed:bcp47(@xml:lang)"><xsl:attribute name="lang" select="."/></xsl:for-each>
    <xsl:if test="@xml:lang"><xsl:sequence select="h:dir(.)"/></xsl:if>
  </xsl:template>

  <xsl:template match="text | front | body | back | group | floatingText | sourceDoc | surfaceGrp | surface | zone" mode="h:text">
    <div class="tei-{local-name()}"><xsl:call-template name="h:ids"/><xsl:apply-templates mode="#current"/></div>
  </xsl:template>

  <xsl:template match="div | div1 | div2 | div3 | div4 | div5 | div6 | div7" mode="h:text">
    <div class="div{@type ! (' div-' || replace(., '[^A-Za-z0-9_-]', ''))}"><xsl:call-template name="h:ids"/><xsl:apply-templates mode="#current"/></div>
  </xsl:template>

  <!-- Headings below the page's h2 "Text": h3 for a top division, deeper ones down to h6. -->
  <xsl:template match="head" mode="h:text">
    <xsl:variable name="depth" select="count(ancestor::*[starts-with(local-name(), 'div') or self::floatingText or self::lg or self::list or self::figure or self::table])"/>
    <xsl:element name="h{min((max((3, 2 + $depth)), 6))}"><xsl:call-template name="h:ids"/><xsl:apply-templates mode="#current"/></xsl:element>
  </xsl:template>

  <xsl:template match="p | ab" mode="h:text">
    <xsl:choose>
      <xsl:when test="h:has-block(.) or exists(ancestor::*[self::p or self::ab])">
        <div class="tei-{local-name()}"><xsl:call-template name="h:ids"/><xsl:apply-templates mode="#current"/></div>
      </xsl:when>
      <xsl:otherwise>
        <p class="tei-{local-name()}"><xsl:call-template name="h:ids"/><xsl:apply-templates mode="#current"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The typed header block of the first page (§4, front): lines as typed, not headings. -->
  <xsl:template match="titlePage | docTitle | byline | docImprint | docEdition | imprimatur | epigraph | argument
      | opener | closer | postscript | trailer | signed | salute | dateline | address" mode="h:text">
    <div class="tei-{local-name()}"><xsl:call-template name="h:ids"/><xsl:apply-templates mode="#current"/></div>
  </xsl:template>
  <xsl:template match="titlePart | docAuthor | addrLine" mode="h:text">
    <span class="tei-{local-name()}{@type ! (' type-' || replace(., '[^A-Za-z0-9_-]', ''))}"><xsl:call-template name="h:ids"/><xsl:apply-templates mode="#current"/></span>
  </xsl:template>

  <!-- A line break inside a word (`break="no"`) is on the page only: the reading view joins the word. -->
  <xsl:template match="lb" mode="h:text"><br class="lb{if (@break = 'no') then ' dipl-only' else ''}"/></xsl:template>

  <xsl:template match="hi | emph | foreign | term | mentioned | soCalled | gloss | distinct | seg | s | w | c | pc | phr | cl
      | measure | idno | unit | orgName[not(@ref)] | persName[not(@ref)] | placeName[not(@ref)] | geogName[not(@ref)]
      | name[not(@ref)] | rs[not(@ref)] | eventName[not(@ref)] | objectName[not(@ref)] | roleName | forename | surname | addName | genName
      | settlement | country | region | bloc | district | affiliation | occupation | email" mode="h:text">
    <xsl:variable name="rend" select="lower-case(string-join((@rend, @rendition), ' '))"/>
    <xsl:variable name="struck" as="xs:boolean" select="(exists(@rend) or exists(@rendition)) and ed:is-struck(.)"/>
    <xsl:element name="{
      if (self::emph) then 'em'
      else if ($struck) then 's'
      else if (contains($rend, 'italic') or self::foreign or self::mentioned or self::term[@rend]) then 'i'
      else if (contains($rend, 'bold')) then 'b'
      else if (contains($rend, 'sup')) then 'sup'
      else if (contains($rend, 'sub')) then 'sub'
      else if (contains($rend, 'underline')) then 'u'
      else 'span'}">
      <xsl:attribute name="class" select="'tei-' || local-name() || (if (contains($rend, 'small')) then ' sc' else '')"/>
      <xsl:call-template name="h:ids"/>
      <xsl:apply-templates mode="#current"/>
      <xsl:if test="$struck"><span class="visually-hidden"> (struck through)</span></xsl:if>
    </xsl:element>
  </xsl:template>

  <xsl:template match="title[not(@ref)]" mode="h:text">
    <cite class="tei-title"><xsl:call-template name="h:ids"/><xsl:apply-templates mode="#current"/></cite>
  </xsl:template>

  <xsl:template match="list | listBibl" mode="h:text">
    <xsl:apply-templates select="head" mode="#current"/>
    <xsl:element name="{if (@type = ('ordered', 'numbered') or @rend = 'numbered') then 'ol' else 'ul'}">
      <xsl:attribute name="class" select="'tei-' || local-name()"/>
      <xsl:call-template name="h:ids"/>
      <xsl:for-each-group select="node() except head" group-starting-with="item | bibl | biblStruct | msDesc">
        <xsl:choose>
          <xsl:when test="current-group()[1][self::item or self::bibl or self::biblStruct or self::msDesc]">
            <li><xsl:apply-templates select="current-group()[1]" mode="h:item"/><xsl:apply-templates select="subsequence(current-group(), 2)" mode="#current"/></li>
          </xsl:when>
          <xsl:when test="current-group()[self::*]">
            <li class="list-extra"><xsl:apply-templates select="current-group()" mode="#current"/></li>
          </xsl:when>
        </xsl:choose>
      </xsl:for-each-group>
    </xsl:element>
  </xsl:template>
  <xsl:mode name="h:item" on-no-match="fail" on-multiple-match="fail"/>
  <xsl:template match="*" mode="h:item">
    <xsl:call-template name="h:ids"/><xsl:apply-templates mode="h:text"/>
  </xsl:template>
  <xsl:template match="item | label" mode="h:text">
    <span class="tei-{local-name()}"><xsl:call-template name="h:ids"/><xsl:apply-templates mode="#current"/></span>
  </xsl:template>
  <xsl:template match="bibl | biblStruct | msDesc" mode="h:text">
    <cite class="tei-bibl"><xsl:call-template name="h:ids"/><xsl:apply-templates mode="#current"/></cite>
  </xsl:template>

  <xsl:template match="lg | sp | castList | castGroup | castItem | figure | table" mode="h:text">
    <xsl:element name="{if (self::figure) then 'figure' else if (self::table) then 'div' else 'div'}">
      <xsl:attribute name="class" select="'tei-' || local-name()"/>
      <xsl:call-template name="h:ids"/>
      <xsl:choose>
        <xsl:when test="self::table">
          <table><xsl:apply-templates select="head" mode="h:caption"/><tbody><xsl:apply-templates select="row" mode="#current"/></tbody></table>
          <xsl:apply-templates select="node() except (head | row)" mode="#current"/>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates mode="#current"/></xsl:otherwise>
      </xsl:choose>
    </xsl:element>
  </xsl:template>
  <xsl:mode name="h:caption" on-no-match="fail" on-multiple-match="fail"/>
  <xsl:template match="head" mode="h:caption"><caption><xsl:apply-templates mode="h:text"/></caption></xsl:template>
  <xsl:template match="row" mode="h:text"><tr><xsl:apply-templates select="cell" mode="#current"/></tr></xsl:template>
  <xsl:template match="cell" mode="h:text">
    <xsl:element name="{if (@role = 'label' or parent::row/@role = 'label') then 'th' else 'td'}">
      <xsl:if test="@cols castable as xs:integer"><xsl:attribute name="colspan" select="@cols"/></xsl:if>
      <xsl:if test="@rows castable as xs:integer"><xsl:attribute name="rowspan" select="@rows"/></xsl:if>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>
  <xsl:template match="l | line | speaker | stage | figDesc" mode="h:text">
    <xsl:element name="{if (ancestor::p or ancestor::ab or ancestor::l or ancestor::head or ancestor::q or ancestor::quote) then 'span' else 'div'}">
      <xsl:attribute name="class" select="'tei-' || local-name()"/>
      <xsl:call-template name="h:ids"/>
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>

  <!-- Links: only safe URLs (urls.xsl); an unsafe target keeps its text without a link. -->
  <xsl:template match="ref | ptr" mode="h:text">
    <xsl:variable name="href" select="(tokenize(normalize-space(@target), ' ')[1] ! h:href(., $h:tei))[1]"/>
    <xsl:variable name="content" as="node()*">
      <xsl:apply-templates mode="#current"/>
      <xsl:if test="self::ptr">{($href, @target)[1]}</xsl:if>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="exists($href) and not(ancestor::*[h:makes-link(.)]) and not(descendant::*[h:makes-link(.)])">
        <a class="tei-{local-name()}" href="{$href}"><xsl:call-template name="h:ids"/><xsl:sequence select="$content"/></a>
      </xsl:when>
      <xsl:otherwise><span class="tei-{local-name()}"><xsl:call-template name="h:ids"/><xsl:sequence select="$content"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A graphic is never loaded (offline, issue 5): a link to it when its URL is safe. -->
  <xsl:template match="graphic | media" mode="h:text">
    <xsl:variable name="href" select="h:safe-url(@url)"/>
    <xsl:choose>
      <xsl:when test="exists($href) and not(ancestor::*[h:makes-link(.)])"><a class="tei-graphic" href="{$href}">{h:image-label(.)}</a></xsl:when>
      <xsl:otherwise><span class="tei-graphic">{h:image-label(.)}</span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- What a graphic says instead of the image (never loaded): the figure's description
       (figDesc), the text alternative TEI gives it, else "[image]". -->
  <xsl:function name="h:image-label" as="xs:string">
    <xsl:param name="g" as="element()"/>
    <xsl:variable name="desc" as="xs:string" select="h:norm(($g/desc, $g/parent::figure/figDesc)[1])"/>
    <xsl:sequence select="if ($desc) then '[image: ' || $desc || ']' else '[image]'"/>
  </xsl:function>

  <!-- A figure's description is the text of its graphic's link, not said twice. -->
  <xsl:template match="figDesc[../graphic]" mode="h:text" priority="1"/>

  <xsl:template match="space" mode="h:text"><xsl:text> </xsl:text></xsl:template>
  <xsl:template match="milestone | cb | anchor | addSpan | delSpan | damageSpan | handShift | index | alt | altGrp | link | linkGrp | join | certainty | precision | respons | interpGrp | interp | span | spanGrp | timeline | when | fs | f | facsimile | standOff | teiHeader" mode="h:text"/>

  <!-- In h:text the mode copies text nodes itself (html.xsl). -->
  <xsl:template match="text()" mode="h:prose h:note-body">
    <xsl:value-of select="."/>
  </xsl:template>
  <xsl:template match="comment() | processing-instruction()" mode="h:text h:prose h:note-body"/>
</xsl:stylesheet>
