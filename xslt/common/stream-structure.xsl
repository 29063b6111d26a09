<?xml version="1.0" encoding="UTF-8"?>
<!--
  Common TEI beyond the edition's encoding in the reading stream (mode ed:stream) that the text and
  JSON targets share (issue "Any TEI in"): teiCorpus, divisions, drama (castList, sp, speaker,
  stage), verse lines, the apparatus (the text follows the lemma), table cells, sourceDoc/surface/
  zone/line, manuscript descriptions as a catalogue record, and text written without spaces
  between words. What these mean is in common/structure.xsl and common/language.xsl.
  TEI Guidelines 7 (drama), 6 (verse), 12 (apparatus), 10 (msDesc), 11 (sourceDoc), 15.1 (teiCorpus).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- A teiCorpus: each TEI (or nested corpus) in turn. -->
  <xsl:template match="teiCorpus" mode="ed:stream" as="item()*">
    <xsl:apply-templates select="TEI | teiCorpus" mode="#current"/>
  </xsl:template>

  <!-- A TEI of a corpus: its title as a heading, then its text. -->
  <xsl:template match="TEI" mode="ed:stream" as="item()*">
    <xsl:sequence select="ed:sep(3), ed:title(.), ed:sep(3)"/>
    <xsl:apply-templates select="ed:scope(.)" mode="#current"/>
    <xsl:sequence select="ed:sep(3)"/>
  </xsl:template>

  <!-- Divisions, line groups, speeches, cast lists: located containers, a blank line around. -->
  <xsl:template match="div | div1 | div2 | div3 | div4 | div5 | div6 | div7 | lg | sp | castList | castGroup" mode="ed:stream" as="item()*">
    <xsl:sequence select="ed:sep(3), (if ($ed:locating) then ed:open(.) else ())"/>
    <xsl:apply-templates mode="#current"/>
    <xsl:sequence select="(if ($ed:locating) then ed:close(.) else ()), ed:sep(3)"/>
  </xsl:template>

  <!-- A speaker: its own line, the speech on the next. -->
  <xsl:template match="speaker" mode="ed:stream" as="item()*">
    <xsl:sequence select="ed:sep(3), (if ($ed:locating) then ed:open(.) else ())"/>
    <xsl:apply-templates mode="#current"/>
    <xsl:sequence select="(if ($ed:locating) then ed:close(.) else ()), ed:sep(2)"/>
  </xsl:template>

  <!-- A stage direction: in square brackets, a block of its own unless it stands inside a line
       or paragraph. -->
  <xsl:template match="stage" mode="ed:stream" as="item()*">
    <xsl:variable name="inline" as="xs:boolean" select="exists(parent::*[self::p or self::ab or self::l or self::speaker or self::seg or self::hi])"/>
    <xsl:sequence select="(if ($inline) then () else ed:sep(3)), (if ($ed:locating) then ed:open(.) else ()), '[', ed:glue()"/>
    <xsl:apply-templates mode="#current"/>
    <xsl:sequence select="ed:glue(), ']', (if ($ed:locating) then ed:close(.) else ()), (if ($inline) then () else ed:sep(3))"/>
  </xsl:template>

  <!-- A dictionary entry (TEI Guidelines 9): a block of its own, located; its form, grammar,
       senses, citations and definitions are fields kept apart by a space. -->
  <xsl:template match="entry | entryFree | superEntry" mode="ed:stream" as="item()*">
    <xsl:sequence select="ed:sep(2), (if ($ed:locating) then ed:open(.) else ())"/>
    <xsl:apply-templates mode="#current"/>
    <xsl:sequence select="(if ($ed:locating) then ed:close(.) else ()), ed:sep(2)"/>
  </xsl:template>
  <xsl:template match="(form | orth | pron | hyph | gramGrp | pos | gen | number | sense | def | usg | etym | xr | re)[ancestor::entry]" mode="ed:stream" as="item()*">
    <xsl:sequence select="ed:sep(1)"/>
    <xsl:apply-templates mode="#current"/>
    <xsl:sequence select="ed:sep(1)"/>
  </xsl:template>

  <!-- A member of the cast: one line, its description after a comma. -->
  <xsl:template match="castItem" mode="ed:stream" as="item()*">
    <xsl:sequence select="ed:sep(2), (if ($ed:locating) then ed:open(.) else ())"/>
    <xsl:apply-templates mode="#current"/>
    <xsl:sequence select="(if ($ed:locating) then ed:close(.) else ()), ed:sep(2)"/>
  </xsl:template>
  <xsl:template match="role | actor" mode="ed:stream" as="item()*">
    <xsl:apply-templates mode="#current"/>
  </xsl:template>
  <xsl:template match="roleDesc" mode="ed:stream" as="item()*">
    <xsl:sequence select="if (preceding-sibling::*[self::role or self::actor]) then (ed:glue(), ',', ed:sep(1)) else ()"/>
    <xsl:apply-templates mode="#current"/>
  </xsl:template>

  <!-- A verse line: a line of its own, located; the diplomatic view adds the line's number where
       one is shown (ed:line-label) after it. -->
  <xsl:template match="l[not(parent::p)]" mode="ed:stream" as="item()*">
    <xsl:sequence select="ed:sep(2), (if ($ed:locating) then ed:open(.) else ())"/>
    <xsl:apply-templates mode="#current"/>
    <xsl:sequence select="(if ($ed:locating) then ed:close(.) else ()),
      (if ($ed:diplomatic) then ed:line-label(.) ! ('&#xA0;&#xA0;&#xA0;' || .) else ()), ed:sep(2)"/>
  </xsl:template>

  <!-- An apparatus entry: the lemma (or the base reading) in the text, located; the other
       readings are not the text (they are listed by each target's apparatus). -->
  <xsl:template match="app" mode="ed:stream" as="item()*">
    <xsl:sequence select="if ($ed:locating) then ed:open(.) else ()"/>
    <xsl:apply-templates select="ed:app-base(.)" mode="#current"/>
    <xsl:sequence select="if ($ed:locating) then ed:close(.) else ()"/>
  </xsl:template>
  <xsl:template match="lem | rdg | rdgGrp" mode="ed:stream" as="item()*">
    <xsl:apply-templates mode="#current"/>
  </xsl:template>

  <!-- A table cell: the cells of a row apart, with a bar between them. -->
  <xsl:template match="cell" mode="ed:stream" as="item()*">
    <xsl:sequence select="if (preceding-sibling::cell) then (ed:sep(1), '|', ed:sep(1)) else ()"/>
    <xsl:apply-templates mode="#current"/>
  </xsl:template>

  <!-- A documentary transcription: surfaces and zones are blocks, each `line` a line, in
       document order (the order in which the transcription gives them). -->
  <xsl:template match="surface | surfaceGrp | zone" mode="ed:stream" as="item()*">
    <xsl:sequence select="ed:sep(3)"/>
    <xsl:apply-templates mode="#current"/>
    <xsl:sequence select="ed:sep(3)"/>
  </xsl:template>
  <xsl:template match="line" mode="ed:stream" as="item()*">
    <xsl:sequence select="ed:sep(2), (if ($ed:locating) then ed:open(.) else ())"/>
    <xsl:apply-templates mode="#current"/>
    <xsl:sequence select="(if ($ed:locating) then ed:close(.) else ()), ed:sep(2)"/>
  </xsl:template>

  <!-- A manuscript description as a catalogue record: the identifier on one line, then its parts
       under their labels, each description a line of its own. -->
  <xsl:template match="msDesc" mode="ed:stream" as="item()*">
    <xsl:sequence select="ed:sep(3)"/>
    <xsl:apply-templates select="*" mode="#current"/>
    <xsl:sequence select="ed:sep(3)"/>
  </xsl:template>
  <xsl:template match="msIdentifier" mode="ed:stream" as="item()*">
    <xsl:sequence select="ed:sep(3), string-join(.//text()[normalize-space()] ! normalize-space(.), ', '), ed:sep(3)"/>
  </xsl:template>
  <xsl:template match="*[parent::msDesc or parent::msPart][map:contains($ed:catalogue-parts, local-name())]" mode="ed:stream" priority="2" as="item()*">
    <xsl:sequence select="ed:sep(3), $ed:catalogue-parts(local-name()), ed:sep(2)"/>
    <xsl:apply-templates mode="#current"/>
    <xsl:sequence select="ed:sep(3)"/>
  </xsl:template>
  <xsl:template match="*[ancestor::msDesc][map:contains($ed:catalogue-lines, local-name())]" mode="ed:stream" priority="1.5" as="item()*">
    <xsl:sequence select="ed:sep(2)"/>
    <xsl:apply-templates mode="#current"/>
    <xsl:sequence select="ed:sep(2)"/>
  </xsl:template>

  <!-- Lost or illegible text of an inscription, in both views, as Leiden writes it. -->
  <xsl:template match="gap[ed:is-leiden(.)]" mode="ed:stream" priority="1" as="xs:string">
    <xsl:sequence select="ed:leiden-gap(.)"/>
  </xsl:template>

  <!-- Text written without spaces between words (Chinese, Japanese): the line breaks of the
       source between two such characters are not spaces. -->
  <xsl:template match="text()[ed:in-unspaced(.)]" mode="ed:stream" priority="1" as="xs:string">
    <xsl:variable name="s" as="xs:string" select="if ($ed:diplomatic) then ed:clean-text(.) else ed:reading-string(.)"/>
    <!-- Twice: one pass takes pairs of characters, so a run of single characters needs a second. -->
    <xsl:variable name="pair" as="xs:string" select="'(' || $ed:unspaced-chars || ')[ &#9;&#10;&#13;]+(' || $ed:unspaced-chars || ')'"/>
    <xsl:sequence select="replace(replace($s, $pair, '$1$2'), $pair, '$1$2')"/>
  </xsl:template>
  <xsl:template match="lb[ed:in-unspaced(.)] | cb[ed:in-unspaced(.)]" mode="ed:stream" priority="1" as="xs:string">
    <xsl:sequence select="if ($ed:diplomatic) then ed:sep(2) else ed:glue()"/>
  </xsl:template>

</xsl:stylesheet>
