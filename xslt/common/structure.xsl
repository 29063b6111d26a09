<?xml version="1.0" encoding="UTF-8"?>
<!--
  What common TEI beyond the edition's encoding means, for every target (issue "Any TEI in"): what
  a document's text is (ed:scope), verse line numbers, the apparatus (app, lem, rdg and their
  witnesses), the parts of a manuscript description as a catalogue record labels them, teiCorpus
  titles, inscriptions (EpiDoc, Leiden conventions). The reading stream renders them in
  common/stream-structure.xsl; the HTML target in html/structure.xsl.
  TEI Guidelines 7 (drama), 6 (verse), 12 (apparatus), 10 (msDesc), 11 (sourceDoc), 15.1 (teiCorpus).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!--
    What stands for the text of a document or of one TEI of a corpus, in this order: its `text`
    elements (the outermost ones) unless they hold no words and its source has a manuscript
    description; else the content of its `sourceDoc`; else a root `surface` or
    `surfaceGrp` itself (a page file); else the manuscript descriptions of its source (a catalogue
    record); else the element itself. A teiCorpus is itself: each TEI is taken in turn.
    $root: the root element, or a TEI of a corpus.
  -->
  <xsl:function name="ed:scope" as="node()*">
    <xsl:param name="root" as="element()"/>
    <xsl:variable name="texts" as="element()*" select="if ($root/self::teiCorpus) then () else outermost($root//text)"/>
    <xsl:sequence select="
      if ($root/self::teiCorpus) then $root
      else if (exists($texts) and ((some $t in $texts satisfies exists($t/descendant::text()[normalize-space()])) or empty($root/teiHeader/fileDesc/sourceDesc/msDesc))) then $texts
      else if ($root/sourceDoc) then $root/sourceDoc/node()
      else if ($root/self::surface or $root/self::surfaceGrp or $root/self::sourceDoc) then $root
      else if ($root/teiHeader/fileDesc/sourceDesc/msDesc) then $root/teiHeader/fileDesc/sourceDesc/msDesc
      else $root"/>
  </xsl:function>

  <!--
    The title of a TEI document (its main title, else its first), whitespace normalised.
    $tei: the TEI element.
  -->
  <xsl:function name="ed:title" as="xs:string?">
    <xsl:param name="tei" as="element()"/>
    <xsl:variable name="stmt" as="element()?" select="$tei/teiHeader/fileDesc/titleStmt"/>
    <xsl:sequence select="($stmt/title[@type = 'main'], $stmt/title)[normalize-space()][1] ! normalize-space(.)"/>
  </xsl:function>

  <!-- The divisions that hold an edited inscription (EpiDoc: `div type="edition"`). -->
  <xsl:key name="ed:edition-div" match="div[@type = 'edition']" use="'edition'"/>

  <!--
    Whether a node belongs to an EpiDoc inscription, whose diplomatic view follows the Leiden
    conventions (its text has a `div type="edition"`).
    $node: any node of the document.
  -->
  <xsl:function name="ed:is-leiden" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists(key('ed:edition-div', 'edition', root($node)))"/>
  </xsl:function>

  <!--
    Lost or illegible text of an inscription as Leiden writes it: three dashes, or one dot per
    character when their number is known (at most 20), in square brackets when lost.
    $gap: the gap.
  -->
  <xsl:function name="ed:leiden-gap" as="xs:string">
    <xsl:param name="gap" as="element()"/>
    <xsl:variable name="n" as="xs:integer?" select="($gap/@quantity[. castable as xs:integer][../@unit = 'character'] ! xs:integer(.))[. le 20]"/>
    <xsl:variable name="marks" as="xs:string" select="if (exists($n)) then string-join((1 to $n) ! '.') else '---'"/>
    <xsl:sequence select="if ($gap/@reason = 'lost') then '[' || $marks || ']' else $marks"/>
  </xsl:function>

  <!-- Verse lines in document order (for their ordinal, ed:line-number). -->
  <xsl:accumulator name="ed:lines" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="l" select="$value + 1"/>
  </xsl:accumulator>

  <!--
    The number of a verse line: `@n` when given, else its ordinal in its division (or text).
    $l: the line.
  -->
  <xsl:function name="ed:line-number" as="xs:string">
    <xsl:param name="l" as="element()"/>
    <xsl:variable name="within" as="element()?" select="$l/ancestor::*[self::div or self::div1 or self::div2 or self::div3
      or self::div4 or self::div5 or self::div6 or self::div7 or self::body or self::front or self::back or self::text][1]"/>
    <xsl:sequence select="if (normalize-space($l/@n)) then normalize-space($l/@n)
      else string($l/accumulator-after('ed:lines') - (if ($within) then $within/accumulator-before('ed:lines') else 0))"/>
  </xsl:function>

  <!--
    The number a verse line shows in the margin: every fifth line's number (from `@n` where given),
    and any `@n` that is not a number; nothing for the other lines.
    $l: the line.
  -->
  <xsl:function name="ed:line-label" as="xs:string?">
    <xsl:param name="l" as="element()"/>
    <xsl:variable name="n" as="xs:string" select="ed:line-number($l)"/>
    <xsl:sequence select="if ($n castable as xs:integer) then $n[xs:integer(.) mod 5 eq 0] else $n"/>
  </xsl:function>

  <!--
    The reading an apparatus entry gives the text: its lemma, else its first reading (an apparatus
    of readings only, which begins with the base witness's).
    $app: the apparatus entry.
  -->
  <xsl:function name="ed:app-base" as="element()?">
    <xsl:param name="app" as="element()"/>
    <xsl:sequence select="($app/lem, $app/rdgGrp/lem, $app/rdg, $app/rdgGrp/rdg)[1]"/>
  </xsl:function>

  <!--
    The other readings of an apparatus entry, in document order.
    $app: the apparatus entry.
  -->
  <xsl:function name="ed:app-readings" as="element()*">
    <xsl:param name="app" as="element()"/>
    <xsl:sequence select="($app/(lem | rdg) | $app/rdgGrp/(lem | rdg)) except ed:app-base($app)"/>
  </xsl:function>

  <!--
    The apparatus of a document: its entries with readings besides the one in the text, in
    document order (inside the text, or what stands for it, ed:scope).
    $doc: the document.
  -->
  <xsl:function name="ed:apparatus" as="element()*">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="($doc/* ! ed:scope(.))/descendant-or-self::app[exists(ed:app-readings(.))]"/>
  </xsl:function>

  <!--
    An apparatus entry in one line: `lemma] reading A B; reading C` (the witnesses' sigla after
    each reading, "om." for an omission).
    $app: the entry.
  -->
  <xsl:function name="ed:apparatus-line" as="xs:string">
    <xsl:param name="app" as="element()"/>
    <xsl:variable name="base" as="element()?" select="ed:app-base($app)"/>
    <xsl:sequence select="string-join(($base ! ed:reading-text(.)), '') || ']' || string-join(($base ! ed:witnesses(.)) ! (' ' || .), '') || ' '
      || string-join(ed:app-readings($app) ! string-join((ed:reading-text(.), ed:witnesses(.)), ' '), '; ')"/>
  </xsl:function>

  <!--
    The witnesses of a reading: the sigla its `@wit` names (`#A #B` → A, B; other pointers as
    given), with its `@source` as a second choice.
    $rdg: the reading or lemma.
  -->
  <xsl:function name="ed:witnesses" as="xs:string*">
    <xsl:param name="rdg" as="element()"/>
    <xsl:sequence select="tokenize(normalize-space(($rdg/@wit, $rdg/@source)[1])) ! replace(., '^#', '')"/>
  </xsl:function>

  <!--
    The text of a reading for an apparatus: its words, whitespace normalised, or "om." for an
    empty reading (an omission).
    $rdg: the reading or lemma.
  -->
  <xsl:function name="ed:reading-text" as="xs:string">
    <xsl:param name="rdg" as="element()"/>
    <xsl:variable name="t" as="xs:string" select="normalize-space(string-join($rdg//text()[not(ancestor::note or ancestor::witDetail)], ''))"/>
    <xsl:sequence select="if ($t) then $t else 'om.'"/>
  </xsl:function>

  <!-- The parts of a manuscript description that a catalogue record labels, and their labels. -->
  <xsl:variable name="ed:catalogue-parts" as="map(xs:string, xs:string)" select="map {
    'msContents': 'Contents', 'physDesc': 'Physical description', 'history': 'History',
    'additional': 'Additional information', 'msPart': 'Part', 'msFrag': 'Fragment' }"/>

  <!-- The elements of a manuscript description that are lines of their own in a catalogue record. -->
  <xsl:variable name="ed:catalogue-lines" as="map(xs:string, xs:boolean)" select="map:merge((
    'msItem', 'msItemStruct', 'summary', 'incipit', 'explicit', 'rubric', 'finalRubric', 'colophon', 'textLang', 'filiation',
    'note', 'objectDesc', 'supportDesc', 'support', 'extent', 'foliation', 'collation', 'condition', 'layoutDesc', 'layout',
    'handDesc', 'handNote', 'typeDesc', 'typeNote', 'scriptDesc', 'scriptNote', 'decoDesc', 'decoNote', 'musicNotation',
    'additions', 'bindingDesc', 'binding', 'sealDesc', 'seal', 'accMat', 'origin', 'provenance', 'acquisition', 'adminInfo',
    'recordHist', 'source', 'availability', 'custodialHist', 'custEvent', 'surrogates', 'listBibl', 'bibl', 'p', 'ab',
    'item', 'head', 'label', 'author', 'title', 'respStmt', 'docImprint', 'quote') ! map { .: true() })"/>

  <!--
    Where a note stands in the source, from its @place (TEI Guidelines 3.9.1): 'inline' for a note
    written in the running text (inline, inspace), 'margin' for one in a margin (margin, left, right,
    margin-left, margin-right, marginOuter, marginInner, top, bottom of a margin), 'foot' for a
    footnote (foot, bottom), 'end' for an endnote (end), 'interlinear' (above, below,
    interlinear); empty when @place is absent or not one of these.
    $note: the note.
  -->
  <xsl:function name="ed:note-place" as="xs:string?">
    <xsl:param name="note" as="element()"/>
    <xsl:variable name="p" as="xs:string" select="lower-case(normalize-space($note/@place))"/>
    <xsl:sequence select="
      if ($p = ('inline', 'inspace')) then 'inline'
      else if (starts-with($p, 'margin') or $p = ('left', 'right', 'top')) then 'margin'
      else if ($p = ('foot', 'bottom')) then 'foot'
      else if ($p = 'end') then 'end'
      else if ($p = ('above', 'below', 'interlinear')) then 'interlinear'
      else ()"/>
  </xsl:function>

</xsl:stylesheet>
