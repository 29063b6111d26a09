<?xml version="1.0" encoding="UTF-8"?>
<!--
  The facts about a document that every target states (docs/encoding.md §3 header, §4 furniture): its
  date, report and copy numbers, release date and classification. Each is read from where the
  encoding puts it, with the text's own markup as a second source, and is absent when the document
  does not carry it: a document of another project has no classification because one of its
  keywords or a provenance happens to have a date (issue "Any TEI in").
  Uses common/pointers.xsl (ed:targets) and common/furniture.xsl (ed:is-cancelled).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!--
    A name as a reader sees it: the text of a name, author or editor without the authority
    identifiers, pointers and notes TEI keeps beside it (`<author><persName>…</persName><idno
    type="wikidata">Q692</idno></author>` → the name alone), whitespace normalised.
    $name: the element.
  -->
  <xsl:function name="ed:name-text" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="normalize-space(string-join($name//text()[not(ancestor::*[self::idno or self::ptr or self::note
      or self::email or self::affiliation][. >> $name])], ' '))"/>
  </xsl:function>

  <!--
    The first manuscript description of the source (docs/encoding.md §3 sourceDesc/msDesc), if any.
    $doc: the document.
  -->
  <xsl:function name="ed:ms" as="element()?">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="($doc/*/teiHeader/fileDesc/sourceDesc/msDesc)[1]"/>
  </xsl:function>

  <!-- Elements "of the text" are found as `$doc/descendant::x[ancestor::text]`: the same elements, in
       document order, as `outermost($doc//text)//x`, in one pass and without sorting. -->
  <!--
    The date of the document as an ISO value: the header's creation date, the origin date of its
    source, else the first dated `docDate` of the text.
    $doc: the document.
  -->
  <xsl:function name="ed:doc-date" as="xs:string?">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="($doc/*/teiHeader/profileDesc/creation/date/@when, ed:ms($doc)/history/origin/origDate/@when,
      $doc/descendant::docDate[ancestor::text]/@when)[normalize-space()][1] ! normalize-space(.)"/>
  </xsl:function>

  <!--
    The report number (docs/encoding.md §3 altIdentifier type="reportNumber"), else an `idno
    type="reportNumber"` of the text.
    $doc: the document.
  -->
  <xsl:function name="ed:report-number" as="xs:string?">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="(ed:ms($doc)/msIdentifier/altIdentifier[@type = 'reportNumber']/idno,
      $doc/descendant::idno[@type = 'reportNumber'][ancestor::text])[normalize-space()][1] ! normalize-space(.)"/>
  </xsl:function>

  <!--
    The copy number (altIdentifier type="copyNumber"), else the text of a copy-number furniture.
    $doc: the document.
  -->
  <xsl:function name="ed:copy-number" as="xs:string?">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="(ed:ms($doc)/msIdentifier/altIdentifier[@type = 'copyNumber']/idno,
      $doc/descendant::fw[@type = 'copyNumber'][ancestor::text])[normalize-space()][1] ! normalize-space(.)"/>
  </xsl:function>

  <!--
    The release stamps of the text (docs/encoding.md §5: `stamp type="release"`).
    $doc: the document.
  -->
  <xsl:function name="ed:release-stamps" as="element()*">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="$doc/descendant::stamp[@type = 'release'][ancestor::text]"/>
  </xsl:function>

  <!--
    The release date: the first release stamp's `@when`. Only a document with a release stamp has
    one (a provenance date is history, not a release).
    $doc: the document.
  -->
  <xsl:function name="ed:release-date" as="xs:string?">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="(ed:release-stamps($doc)/@when)[normalize-space()][1] ! normalize-space(.)"/>
  </xsl:function>

  <!--
    The classification markings of the text (`fw type="classification"`), in document order.
    $doc: the document.
  -->
  <xsl:function name="ed:classification-markings" as="element()*">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="$doc/descendant::fw[@type = 'classification'][ancestor::text]"/>
  </xsl:function>

  <!--
    The markings whose whole text is struck through (ed:is-cancelled: by `del`, by a strikethrough
    `@rend` or by a `line-through` rendition), in document order.
    $doc: the document.
  -->
  <xsl:function name="ed:cancelled-markings" as="element()*">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="ed:classification-markings($doc)[ed:is-cancelled(.)]"/>
  </xsl:function>

  <!--
    The header's classification term: a `term` of `textClass` that points to a category of the
    document's classification taxonomy (docs/encoding.md §3: `taxonomy xml:id="tax_classification"`;
    any taxonomy or keyword scheme whose name says "classification"). A keyword of another
    scheme ("building", "letter") is not a classification.
    $doc: the document.
  -->
  <xsl:function name="ed:classification-term" as="element()?">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="($doc/*/teiHeader/profileDesc/textClass/keywords/term[@ref]
      [some $c in ed:targets(@ref)[self::category] satisfies ed:is-classification-scheme($c/ancestor::taxonomy[1])])[1]"/>
  </xsl:function>

  <!-- Whether a taxonomy is a security classification (its id or description names one). -->
  <xsl:function name="ed:is-classification-scheme" as="xs:boolean">
    <xsl:param name="taxonomy" as="element()?"/>
    <xsl:sequence select="exists($taxonomy) and (contains(lower-case($taxonomy/@xml:id), 'classification')
      or contains(lower-case(string-join(($taxonomy/desc, $taxonomy/bibl), ' ')), 'classification'))"/>
  </xsl:function>

  <!--
    The classification level of the document, as the taxonomy names it (`catDesc`): from the
    classification term of `textClass`, else from the first classification marking (the category
    its `@ana` points to, else its text). Absent when the document has neither.
    $doc: the document.
  -->
  <xsl:function name="ed:classification-level" as="xs:string?">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="term" as="element()?" select="ed:classification-term($doc)"/>
    <xsl:variable name="marking" as="element()?" select="ed:classification-markings($doc)[1]"/>
    <xsl:variable name="category" as="element()?" select="(ed:targets($term/@ref), ed:targets($marking/@ana))[self::category][1]"/>
    <xsl:sequence select="(($category/(catDesc, gloss, desc))[1], $term, $marking)[normalize-space()][1] ! normalize-space(.)"/>
  </xsl:function>

  <!--
    Whether the document's classification was cancelled: it has classification markings and every
    one of them is struck through (docs/encoding.md §10 `classification-cancelled`).
    $doc: the document.
  -->
  <xsl:function name="ed:classification-cancelled" as="xs:boolean">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="markings" as="element()*" select="ed:classification-markings($doc)"/>
    <xsl:sequence select="exists($markings) and count(ed:cancelled-markings($doc)) eq count($markings)"/>
  </xsl:function>

  <!--
    The state of the markings in words, as every target says it: "not cancelled", "the marking is
    struck through", "all 5 markings struck through", "2 of 5 markings struck through"; absent
    when the text has no marking.
    $doc: the document.
  -->
  <xsl:function name="ed:marking-state" as="xs:string?">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="all" as="xs:integer" select="count(ed:classification-markings($doc))"/>
    <xsl:variable name="struck" as="xs:integer" select="count(ed:cancelled-markings($doc))"/>
    <xsl:sequence select="
      if ($all eq 0) then ()
      else if ($struck eq $all) then (if ($all eq 1) then 'the marking is struck through' else if ($all eq 2) then 'both markings struck through' else 'all ' || $all || ' markings struck through')
      else if ($struck eq 0) then 'not cancelled'
      else $struck || ' of ' || $all || ' markings struck through'"/>
  </xsl:function>

</xsl:stylesheet>
