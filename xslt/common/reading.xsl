<?xml version="1.0" encoding="UTF-8"?>
<!--
  The reading text (mode ed:stream): which nodes count as text and where the breaks go.
  - Only the `text` element (front, body, back) is read; teiHeader, standOff, facsimile are not.
  - Page furniture (`fw`) and editorial notes are left out (ENCODING.md §4 Body, Editorial notes).
  - A word split by `pb`/`lb`/`cb` with `break="no"` is joined and its end-of-line hyphen dropped
    (ENCODING.md §4: "the reading view drops it and joins the word"; TEI Guidelines 3.11.3).
  - `choice` gives the corrected, regularised or expanded reading; `del` is left out, `add` kept
    (TEI Guidelines 3.5, 11.3.1.4).
  - Blocks (paragraphs, headings, the lines of the header block) are separated by a blank line.
  The diplomatic view (text/diplomatic.xsl) overrides some of these rules in the same mode.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:mode name="ed:stream" on-no-match="fail" on-multiple-match="fail" use-accumulators="#all"/>

  <!--
    The text stream of a document: what stands for its text (ed:scope, common/structure.xsl).
    $doc: the document.
  -->
  <xsl:function name="ed:stream" as="item()*">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:apply-templates select="$doc/* ! ed:scope(.)" mode="ed:stream"/>
  </xsl:function>

  <!--
    Whether a target may want to locate an inline element: names (anything with @ref), quotations
    and dates (ENCODING.md §4 Names, Quotations, Dates).
    $el: the element.
  -->
  <xsl:function name="ed:is-located" as="xs:boolean">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="exists($el/@ref) or exists($el/(self::quote | self::q | self::said))
      or exists($el/(self::date | self::docDate | self::time | self::origDate)/(@when | @from | @to | @notBefore | @notAfter | @dur))"/>
  </xsl:function>

  <!--
    The text of a text node as the reading view has it: without the end-of-line hyphen when the
    next node outside furniture is a `pb`, `lb` or `cb` with `break="no"`.
    $t: the text node.
  -->
  <xsl:function name="ed:reading-string" as="xs:string">
    <xsl:param name="t" as="text()"/>
    <xsl:sequence select="if (matches($t, '[\-&#xAD;&#x2010;&#xAC;]$')
        and $t/following::node()[not(ancestor-or-self::fw)][1][self::pb or self::lb or self::cb][@break = 'no'])
      then ed:clean-text(replace($t, '.$', '')) else ed:clean-text($t)"/>
  </xsl:function>

  <!--
    The child of a `choice` that the reading view shows: corr, reg or expan, else the first.
    $choice: the choice.
  -->
  <xsl:function name="ed:reading-alternative" as="element()?">
    <xsl:param name="choice" as="element()"/>
    <xsl:sequence select="($choice/(corr, reg, expan), $choice/*)[1]"/>
  </xsl:function>

  <!--
    The child of a `choice` that is on the page: sic, orig or abbr, else the first.
    $choice: the choice.
  -->
  <xsl:function name="ed:diplomatic-alternative" as="element()?">
    <xsl:param name="choice" as="element()"/>
    <xsl:sequence select="($choice/(sic, orig, abbr), $choice/*)[1]"/>
  </xsl:function>

  <!--
    What stands in the text for withheld or lost text (`gap`, ENCODING.md §4: reason
    notDeclassified): `[gap: 3 lines, not declassified]`.
    $gap: the gap.
  -->
  <xsl:function name="ed:gap-label" as="xs:string">
    <xsl:param name="gap" as="element()"/>
    <xsl:variable name="extent" as="xs:string?" select="string-join(($gap/@quantity, $gap/@unit, $gap/@extent) ! normalize-space(.)[.], ' ')[.]"/>
    <xsl:variable name="reason" as="xs:string?" select="lower-case(replace(normalize-space($gap/@reason), '([a-z])([A-Z])', '$1 $2'))[.]"/>
    <xsl:sequence select="'[gap' || (if ($extent or $reason) then ': ' else '') || string-join(($extent, $reason), ', ') || ']'"/>
  </xsl:function>

  <!-- Not text: the header, the register, images, links and interpretation. -->
  <xsl:template match="teiHeader | standOff | facsimile | sourceDoc | fw | figDesc | interpGrp | interp | spanGrp | span
    | linkGrp | link | joinGrp | join | anchor | index | milestone | ptr | graphic | media | binaryObject | certainty
    | precision | respons | alt | altGrp | timeline | handShift | del | witDetail | comment()
    | processing-instruction()" mode="ed:stream"/>

  <!--
    Furniture and deletions are left out, but a page break inside one still begins its page where
    they stand in the reading text (ENCODING.md §4 Body: a page runs from its pb).
  -->
  <xsl:template match="fw[descendant::pb] | del[descendant::pb]" mode="ed:stream" as="item()*">
    <xsl:sequence select="if ($ed:locating) then descendant::pb ! ed:open(.) else ()"/>
  </xsl:template>

  <xsl:template match="text()" mode="ed:stream" as="xs:string">
    <xsl:sequence select="ed:reading-string(.)"/>
  </xsl:template>

  <!-- Containers: a block break around, nothing of their own. -->
  <xsl:template match="text | front | body | back | group | titlePage
    | docTitle | list | listBibl | table | floatingText | epigraph | opener | closer
    | postscript | figure | argument | cit[not(ancestor::p)] | address | listPerson | listPlace | listOrg | listEvent
    | person | place | org | event | spGrp" mode="ed:stream" as="item()*">
    <xsl:sequence select="ed:sep(3)"/>
    <xsl:apply-templates mode="#current"/>
    <xsl:sequence select="ed:sep(3)"/>
  </xsl:template>

  <!-- Blocks: located, a blank line around. -->
  <xsl:template match="p | ab | head | titlePart | byline | docImprint | docEdition | trailer | salute | signed | dateline
    | item | label | caption | bibl[parent::listBibl]" mode="ed:stream" as="item()*">
    <xsl:sequence select="ed:sep(3), (if ($ed:locating) then ed:open(.) else ())"/>
    <xsl:apply-templates mode="#current"/>
    <xsl:sequence select="(if ($ed:locating) then ed:close(.) else ()), ed:sep(3)"/>
  </xsl:template>

  <!-- Lines: verse lines, address lines, table rows; the author and date lines of the header block. -->
  <xsl:template match="addrLine | row | docAuthor | docDate[not(parent::p)]" mode="ed:stream" as="item()*">
    <xsl:variable name="located" as="xs:boolean" select="$ed:locating and ed:is-located(.)"/>
    <xsl:sequence select="ed:sep(2), (if ($located) then ed:open(.) else ())"/>
    <xsl:apply-templates mode="#current"/>
    <xsl:sequence select="(if ($located) then ed:close(.) else ()), ed:sep(2)"/>
  </xsl:template>

  <!-- Phrases: their text in place; names, quotations and dates are located. -->
  <xsl:template match="hi | emph | persName | placeName | orgName | geogName | roleName | forename | surname | addName
    | genName | nameLink | name | rs | eventName | objectName | title | foreign | term | gloss | mentioned | soCalled
    | distinct | seg | num | measure | measureGrp | idno | date | docDate | time | origDate | quote | q | said | cit | ref
    | abbr | expan | am | ex | unclear | supplied | damage | restore | orig | reg | corr | sic | w | pc | c | g | subst | add
    | stamp | metamark | mod | redo | undo | retrace | secl | surplus | author | editor | publisher | pubPlace
    | biblScope | bibl | country | region | settlement | district | bloc | affiliation | lang
    | handNote | desc | catDesc | signatures | street | postCode | postBox | email | unit | geo | location | state | trait
    | residence | occupation | birth | death | sex | age | nationality | faith | education | listRef
    | docAuthor[parent::p] | titlePart[parent::p] | dateline[parent::p] | l[parent::p]" mode="ed:stream" as="item()*">
    <xsl:variable name="located" as="xs:boolean" select="$ed:locating and ed:is-located(.)"/>
    <xsl:sequence select="if ($located) then ed:open(.) else ()"/>
    <xsl:apply-templates mode="#current"/>
    <xsl:sequence select="if ($located) then ed:close(.) else ()"/>
  </xsl:template>

  <xsl:template match="choice" mode="ed:stream" as="item()*">
    <xsl:apply-templates select="ed:reading-alternative(.)" mode="#current"/>
  </xsl:template>

  <!-- Line and column breaks: lines of the header block, spaces in running text, joins inside words. -->
  <xsl:template match="lb | cb" mode="ed:stream" as="xs:string">
    <xsl:sequence select="if (@break = 'no') then ed:glue()
      else if (ancestor::titlePage or ancestor::address or ancestor::stamp or ancestor::fw or ancestor::byline
        or ancestor::docImprint or ancestor::opener or ancestor::closer) then ed:sep(2) else ed:sep(1)"/>
  </xsl:template>

  <!-- A page break: where the page begins; inside a word, the two parts are joined. -->
  <xsl:template match="pb" mode="ed:stream" as="item()*">
    <xsl:sequence select="(if ($ed:locating) then ed:open(.) else ()), (if (@break = 'no') then ed:glue() else ())"/>
  </xsl:template>

  <xsl:template match="space" mode="ed:stream" as="xs:string">
    <xsl:sequence select="ed:sep(1)"/>
  </xsl:template>

  <xsl:template match="gap" mode="ed:stream" as="item()+">
    <xsl:sequence select="if ($ed:locating) then (ed:open(.), ed:gap-label(.), ed:close(.)) else ed:gap-label(.)"/>
  </xsl:template>

  <!-- Notes: an anchor; the document's own notes (not the editors') as a block in place. -->
  <xsl:template match="note" mode="ed:stream" as="item()*">
    <xsl:sequence select="if ($ed:locating) then ed:point(.) else ()"/>
    <xsl:if test="not(ed:is-editorial-note(.))">
      <xsl:sequence select="ed:sep(3), 'Note:', ed:sep(1)"/>
      <xsl:apply-templates mode="#current"/>
      <xsl:sequence select="ed:sep(3)"/>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
