<?xml version="1.0" encoding="UTF-8"?>
<!--
  The diplomatic view of the text target: the page as typed. It overrides rules of the reading
  text (common/reading.xsl) in the same mode when $ed:view is `diplomatic`. Conventions:
  - every page break is a line `[page N]` between blank lines (N is `pb/@n` without brackets);
  - page furniture (`fw`) stands in place as its own block, its `lb` as line breaks;
  - struck text (`del`) is shown as `[SECRET struck]`, added text (`add`) as
    `[word added above]` (with `@place` when given);
  - `choice` shows what is on the page (sic, orig, abbr); a word split across lines or pages keeps
    its hyphen; every `lb` is a line break.
  ENCODING.md §4 Body; TEI Guidelines 11.3.1.4 (additions and deletions), 11.6 (fw).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:template match="text()[$ed:diplomatic]" mode="ed:stream" as="xs:string">
    <xsl:sequence select="ed:clean-text(.)"/>
  </xsl:template>

  <xsl:template match="fw[$ed:diplomatic]" mode="ed:stream" as="item()*">
    <xsl:variable name="struck" as="xs:boolean" select="(exists(@rend) or exists(@rendition)) and ed:is-struck(.)"/>
    <xsl:sequence select="ed:sep(3), if ($struck) then ('[', ed:glue()) else ()"/>
    <xsl:apply-templates mode="#current"/>
    <xsl:sequence select="if ($struck) then (ed:glue(), ed:sep(1), 'struck]') else (), ed:sep(3)"/>
  </xsl:template>

  <xsl:template match="pb[$ed:diplomatic]" mode="ed:stream" as="item()+">
    <xsl:sequence select="ed:sep(3), (if ($ed:locating) then ed:open(.) else ()), '[page ' || ed:page-label(.) || ']', ed:sep(3)"/>
  </xsl:template>

  <xsl:template match="lb[$ed:diplomatic] | cb[$ed:diplomatic]" mode="ed:stream" as="xs:string">
    <xsl:sequence select="ed:sep(2)"/>
  </xsl:template>

  <xsl:template match="del[$ed:diplomatic]" mode="ed:stream" as="item()*">
    <xsl:variable name="in-word" as="xs:boolean" select="ed:is-in-word(.)"/>
    <xsl:sequence select="if ($in-word) then ('⟦', ed:glue()) else (ed:sep(1), '[', ed:glue())"/>
    <xsl:apply-templates mode="#current"/>
    <xsl:sequence select="if ($in-word) then (ed:glue(), '⟧') else (ed:glue(), ed:sep(1), 'struck]', ed:sep(1))"/>
  </xsl:template>

  <!-- Text struck by its rendering (ed:is-struck: a strikethrough `@rend` or a `line-through`
       rendition) is struck as `del` is: every target says the same of it. -->
  <xsl:template match="*[@rend or @rendition][$ed:diplomatic][not(self::del or self::fw)][ed:is-struck(.)]" mode="ed:stream" priority="1" as="item()*">
    <xsl:sequence select="'[', ed:glue()"/>
    <xsl:apply-templates mode="#current"/>
    <xsl:sequence select="ed:glue(), ed:sep(1), 'struck]'"/>
  </xsl:template>

  <xsl:template match="add[$ed:diplomatic]" mode="ed:stream" as="item()*">
    <xsl:variable name="in-word" as="xs:boolean" select="ed:is-in-word(.)"/>
    <xsl:sequence select="if ($in-word) then ('\', ed:glue()) else (ed:sep(1), '[', ed:glue())"/>
    <xsl:apply-templates mode="#current"/>
    <xsl:sequence select="if ($in-word) then (ed:glue(), '/')
      else (ed:glue(), ed:sep(1), string-join(('added', normalize-space(@place)[.]), ' ') || ']', ed:sep(1))"/>
  </xsl:template>

  <!--
    Whether an element stands inside a word: a letter or digit right before it and right after it
    in its parent's text
    (a letter added or struck within a word is marked without words of its own: `luxurianc\i/es`).
    $el: the element.
  -->
  <xsl:function name="ed:is-in-word" as="xs:boolean">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="matches(string($el/preceding-sibling::node()[1][self::text()]), '[\p{L}\p{N}]$')
      and matches(string($el/following-sibling::node()[1][self::text()]), '^[\p{L}\p{N}]')"/>
  </xsl:function>

  <!-- Editorial interventions, as documentary editions mark them: supplied text in square
       brackets (angle brackets when the scribe omitted it), unclear text followed by `[?]`, text
       struck by the scribe as `[… struck]` (above). An EpiDoc inscription follows the Leiden
       conventions instead: unclear letters dotted below, erasures in ⟦ ⟧, additions in \ /,
       superfluous letters in { }, expansions of abbreviations in ( ) (lost text: common/stream-structure.xsl). -->
  <xsl:template match="supplied[$ed:diplomatic]" mode="ed:stream" as="item()*">
    <xsl:variable name="omitted" as="xs:boolean" select="@reason = 'omitted'"/>
    <xsl:sequence select="if ($omitted) then '⟨' else '[', ed:glue()"/>
    <xsl:apply-templates mode="#current"/>
    <xsl:sequence select="ed:glue(), if ($omitted) then '⟩' else ']'"/>
  </xsl:template>

  <xsl:template match="unclear[$ed:diplomatic]" mode="ed:stream" as="item()*">
    <xsl:variable name="content" as="item()*"><xsl:apply-templates mode="#current"/></xsl:variable>
    <xsl:sequence select="if (ed:is-leiden(.)) then $content ! (if (. instance of xs:string) then replace(., '(\p{L}\p{M}*)', '$1&#x323;') else .)
      else ($content, ed:glue(), '[?]')"/>
  </xsl:template>

  <xsl:template match="del[$ed:diplomatic][ed:is-leiden(.)]" mode="ed:stream" priority="1" as="item()*">
    <xsl:sequence select="'⟦', ed:glue()"/>
    <xsl:apply-templates mode="#current"/>
    <xsl:sequence select="ed:glue(), '⟧'"/>
  </xsl:template>

  <xsl:template match="add[$ed:diplomatic][ed:is-leiden(.)]" mode="ed:stream" priority="1" as="item()*">
    <xsl:sequence select="'\', ed:glue()"/>
    <xsl:apply-templates mode="#current"/>
    <xsl:sequence select="ed:glue(), '/'"/>
  </xsl:template>

  <xsl:template match="surplus[$ed:diplomatic] | ex[$ed:diplomatic][ed:is-leiden(.)]" mode="ed:stream" as="item()*">
    <xsl:sequence select="if (self::ex) then '(' else '{', ed:glue()"/>
    <xsl:apply-templates mode="#current"/>
    <xsl:sequence select="ed:glue(), if (self::ex) then ')' else '}'"/>
  </xsl:template>


  <xsl:template match="choice[$ed:diplomatic]" mode="ed:stream" as="item()*">
    <xsl:apply-templates select="ed:diplomatic-alternative(.)" mode="#current"/>
  </xsl:template>

</xsl:stylesheet>
