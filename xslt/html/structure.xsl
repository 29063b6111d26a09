<?xml version="1.0" encoding="UTF-8"?>
<!--
  Common TEI beyond the edition's encoding in the page (issue "Any TEI in"), as common/structure.xsl
  and common/language.xsl say what it means: teiCorpus (each TEI an article under its title), the
  cast list (role, its description after a comma), verse line numbers in the margin (every fifth
  line, or @n), the apparatus (the text follows the lemma; each entry with other readings is
  numbered and listed under "Apparatus"), a manuscript description as a catalogue record when a
  document has no text, the interventions of documentary editions as the diplomatic view marks them
  (supplied, unclear, surplus, damage; Leiden conventions for an EpiDoc inscription, by CSS), and
  text written without spaces between words.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:h="urn:teikit:html"
  xmlns:ed="urn:teikit:ed"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <!-- The apparatus entries that list readings, and their numbers by node. -->
  <xsl:variable name="h:apparatus" as="element()*" select="ed:apparatus($h:root)"/>
  <xsl:variable name="h:app-numbers" as="map(xs:string, xs:integer)"
    select="map:merge(for $i in 1 to count($h:apparatus) return map { generate-id($h:apparatus[$i]): $i })"/>

  <xsl:template match="teiCorpus" mode="h:text">
    <div class="tei-teiCorpus"><xsl:call-template name="h:ids"/><xsl:apply-templates select="TEI | teiCorpus" mode="#current"/></div>
  </xsl:template>

  <xsl:template match="TEI" mode="h:text">
    <article class="tei-TEI">
      <xsl:call-template name="h:ids"/>
      <h3>{(ed:title(.), 'Untitled document')[1]}</h3>
      <xsl:apply-templates select="ed:scope(.)" mode="#current"/>
    </article>
  </xsl:template>

  <xsl:template match="role | roleDesc | actor" mode="h:text">
    <xsl:if test="self::roleDesc and preceding-sibling::*[self::role or self::actor]">, </xsl:if>
    <!-- Without the whitespace that ends the element's markup, so the comma follows the name. -->
    <span class="tei-{local-name()}"><xsl:call-template name="h:ids"/><xsl:apply-templates
      select="node() except text()[not(normalize-space())][empty(following-sibling::node()[self::* or normalize-space()])]" mode="#current"/></span>
  </xsl:template>

  <!-- No space before the comma that introduces a role's description. -->
  <xsl:template match="text()[parent::castItem][not(normalize-space())][following-sibling::*[1][self::roleDesc]]" mode="h:text" priority="1.5"/>

  <!-- A verse line with its number in the margin where one is shown. -->
  <xsl:template match="l[not(ancestor::p or ancestor::ab or ancestor::head or ancestor::q or ancestor::quote or ancestor::l)]" mode="h:text" priority="1">
    <div class="tei-l">
      <xsl:call-template name="h:ids"/>
      <xsl:for-each select="ed:line-label(.)"><span class="l-n" aria-hidden="true">{.}</span></xsl:for-each>
      <xsl:apply-templates mode="#current"/>
    </div>
  </xsl:template>

  <!-- The apparatus: the reading of the text, with a numbered link to its entry. -->
  <xsl:template match="app" mode="h:text">
    <xsl:variable name="n" as="xs:integer?" select="$h:app-numbers(generate-id(.))"/>
    <span class="app">
      <xsl:if test="exists($n)"><xsl:attribute name="id" select="'app-' || $n"/></xsl:if>
      <xsl:apply-templates select="ed:app-base(.)" mode="#current"/>
    </span>
    <xsl:if test="exists($n) and not(ancestor::*[h:makes-link(.)])">
      <sup class="app-ref"><a href="#app-note-{$n}" aria-label="Apparatus {$n}">{$n}</a></sup>
    </xsl:if>
  </xsl:template>
  <xsl:template match="lem | rdg | rdgGrp" mode="h:text">
    <span class="tei-{local-name()}"><xsl:apply-templates mode="#current"/></span>
  </xsl:template>
  <xsl:template match="listApp | listWit | witDetail" mode="h:text"/>

  <!-- The apparatus section: one entry per app with other readings. -->
  <xsl:template name="h:apparatus" as="element()?">
    <xsl:if test="exists($h:apparatus)">
      <section id="apparatus" class="apparatus" aria-labelledby="apparatus-h">
        <h2 id="apparatus-h">Apparatus</h2>
        <ol>
          <xsl:for-each select="$h:apparatus">
            <xsl:variable name="n" as="xs:integer" select="position()"/>
            <xsl:variable name="base" as="element()?" select="ed:app-base(.)"/>
            <li id="app-note-{$n}" value="{$n}">
              <xsl:call-template name="h:lang"><xsl:with-param name="e" select="."/></xsl:call-template>
              <span class="lem">{$base ! ed:reading-text(.)}</span>]
              <xsl:for-each select="($base ! ed:witnesses(.))"><span class="wit">{.}</span><xsl:text> </xsl:text></xsl:for-each>
              <xsl:for-each select="ed:app-readings(.)">
                <xsl:if test="position() gt 1">; </xsl:if>
                <span class="rdg">{ed:reading-text(.)}</span>
                <xsl:for-each select="ed:witnesses(.)"><xsl:text> </xsl:text><span class="wit">{.}</span></xsl:for-each>
              </xsl:for-each>
              <xsl:text> </xsl:text><a class="backlink" href="#app-{$n}" aria-label="Back to the text, apparatus {$n}">↩ text</a>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- A manuscript description as a catalogue record: the identifier, then each part under its
       label (common/structure.xsl). -->
  <xsl:template match="msDesc | msPart | msFrag" mode="h:text" priority="1">
    <div class="catalogue tei-{local-name()}">
      <xsl:call-template name="h:ids"/>
      <xsl:if test="not(self::msDesc)"><h3>{$ed:catalogue-parts(local-name())}</h3></xsl:if>
      <xsl:apply-templates select="*" mode="#current"/>
    </div>
  </xsl:template>
  <xsl:template match="msIdentifier" mode="h:text">
    <p class="ms-id">{string-join(.//text()[normalize-space()] ! normalize-space(.), ', ')}</p>
  </xsl:template>
  <xsl:template match="*[parent::msDesc or parent::msPart][map:contains($ed:catalogue-parts, local-name())][not(self::msPart or self::msFrag)]" mode="h:text" priority="2">
    <section class="catalogue-part tei-{local-name()}">
      <h3>{$ed:catalogue-parts(local-name())}</h3>
      <xsl:apply-templates mode="#current"/>
    </section>
  </xsl:template>
  <xsl:template match="*[ancestor::msDesc][map:contains($ed:catalogue-lines, local-name())][not(self::p or self::ab or self::head or self::bibl or self::title or self::author or self::quote or self::item or self::label)]" mode="h:text" priority="1.5">
    <div class="catalogue-line tei-{local-name()}"><xsl:call-template name="h:ids"/><xsl:apply-templates mode="#current"/></div>
  </xsl:template>
  <xsl:template match="locus | dimensions | height | width | depth | origPlace | material | institution | repository | collection
      | msName | incipit[parent::p] | summary[parent::p] | objectType | watermark | catchwords | signatures | secFol | heraldry | stamp[ancestor::msDesc]" mode="h:text">
    <span class="tei-{local-name()}"><xsl:call-template name="h:ids"/><xsl:apply-templates mode="#current"/></span>
    <xsl:if test="self::locus and following-sibling::node()[1][self::*]"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>

  <!-- Interventions: marked by CSS in the diplomatic view, plain in the reading view. -->
  <xsl:template match="supplied | unclear | surplus | damage | ex | am | secl | restore" mode="h:text">
    <span class="tei-{local-name()}{@reason[. = 'omitted'] ! ' omitted'}"><xsl:apply-templates mode="#current"/></span>
  </xsl:template>

  <!-- Text written without spaces between words: no space between two such characters. -->
  <xsl:template match="text()[ed:in-unspaced(.)]" mode="h:text" priority="1">
    <xsl:variable name="pair" as="xs:string" select="'(' || $ed:unspaced-chars || ')[ &#9;&#10;&#13;]+(' || $ed:unspaced-chars || ')'"/>
    <xsl:value-of select="replace(replace(., $pair, '$1$2'), $pair, '$1$2')"/>
  </xsl:template>

  <!-- `dir` for an element whose language is written in the other direction than its parent's. -->
  <xsl:function name="h:dir" as="attribute()?">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="own" as="xs:string?" select="ed:direction($e/@xml:lang[matches(., '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$')])"/>
    <xsl:variable name="outer" as="xs:string" select="(ed:direction(ed:lang($e/..)), 'ltr')[1]"/>
    <xsl:if test="exists($own) and $own ne $outer"><xsl:attribute name="dir" select="$own"/></xsl:if>
  </xsl:function>
</xsl:stylesheet>
