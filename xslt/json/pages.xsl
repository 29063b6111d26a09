<?xml version="1.0" encoding="UTF-8"?>
<!--
  `pages` and `blocks` (ENCODING.md §4 Body). Page N runs from where its `pb` stands in the
  reading text to where the next one does (the last to the end of the text); text before the first
  `pb` belongs to no page. Furniture belongs to the page on which it stands in reading order (the
  foot of a page before its closing `pb`, the head of the next after it); furniture before the
  first `pb` goes to the first page.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:array="http://www.w3.org/2005/xpath-functions/array"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <!--
    Where each page break of the text stands in the reading text (UTF-16 offset), in document
    order, or -1 for one the reading stream does not reach (inside an apparatus reading, say).
    $ctx: the model's context (ed:json-context).
  -->
  <xsl:function name="ed:json-pb-starts" as="xs:integer*">
    <xsl:param name="ctx" as="map(*)"/>
    <xsl:sequence select="ed:json-match($ctx?pbs, $ctx?marks[?1/self::pb]) ! (?3, -1)[1]"/>
  </xsl:function>

  <!--
    The member `pages`.
    $ctx: the model's context.
  -->
  <xsl:function name="ed:json-pages" as="xs:string">
    <xsl:param name="ctx" as="map(*)"/>
    <!-- Arrays, not sequences, wherever a member is read by its index inside a loop. -->
    <xsl:variable name="starts" as="array(*)" select="array { $ctx?pb-starts ! (if (. ge 0) then . else $ctx?length) }"/>
    <xsl:variable name="count" as="xs:integer" select="array:size($starts)"/>
    <xsl:variable name="fws" as="map(xs:integer, element()*)">
      <xsl:map>
        <xsl:for-each-group select="$ctx?texts//fw" group-by="max((1, accumulator-before('ed:page-index')))">
          <xsl:map-entry key="current-grouping-key()" select="current-group()"/>
        </xsl:for-each-group>
      </xsl:map>
    </xsl:variable>
    <xsl:variable name="pages" as="xs:string*">
      <xsl:for-each select="$ctx?pbs">
        <xsl:variable name="i" as="xs:integer" select="position()"/>
        <xsl:sequence select="ed:j-object((
          ed:j-string('n', ed:page-label(.)),
          ed:j-member('range', ed:j-array((string($starts($i)), string(if ($i lt $count) then $starts($i + 1) else $ctx?length)))),
          ed:j-member('furniture', ed:j-array($fws($i) ! ed:j-object((
            ed:j-string('type', @type ! string(.)), ed:j-string('place', @place ! string(.)),
            ed:j-string('text', ed:furniture-text(.)), ed:j-boolean('cancelled', ed:is-cancelled(.))))))))"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:sequence select="ed:j-member('pages', ed:j-array($pages))"/>
  </xsl:function>

  <!-- The blocks of the reading text (the rules of mode ed:stream that write a block, a verse line or a
       line of a documentary transcription). -->
  <xsl:variable name="ed:json-block-names" as="map(xs:string, xs:boolean)" select="map:merge((
    'p', 'ab', 'head', 'titlePart', 'byline', 'docImprint', 'docEdition', 'trailer', 'salute', 'signed', 'dateline',
    'item', 'label', 'speaker', 'stage', 'castItem', 'caption', 'l', 'line') ! map { .: true() })"/>

  <!--
    The member `blocks`: paragraphs, headings, the lines of the header block and other blocks of
    the reading text (mode ed:stream), each with the pages its text is on: a block that begins with
    a page break (`<p><pb/>…`) is not listed on the page before.
    $ctx: the model's context.
  -->
  <xsl:function name="ed:json-blocks" as="xs:string">
    <xsl:param name="ctx" as="map(*)"/>
    <xsl:variable name="labels" as="xs:string*" select="$ctx?pbs ! ed:page-label(.)"/>
    <xsl:variable name="starts" as="array(*)" select="array { $ctx?pb-starts }"/>
    <xsl:variable name="blocks" as="xs:string*">
      <xsl:for-each select="$ctx?ranges[map:contains($ed:json-block-names, local-name(?1))]">
        <xsl:variable name="record" as="array(*)" select="."/>
        <xsl:for-each select="?1">
          <!-- A block whose text begins with a page break is on that page only, not the one before. -->
          <xsl:variable name="first-pb" as="element()?" select="(.//pb)[1]"/>
          <xsl:variable name="opens-page" as="xs:boolean" select="if (empty($first-pb)) then false()
            else $starts($first-pb/accumulator-after('ed:page-index')) eq $record?3"/>
          <xsl:variable name="from" as="xs:integer" select="max((1, accumulator-before('ed:page-index') + (if ($opens-page) then 1 else 0)))"/>
          <xsl:variable name="to" as="xs:integer" select="accumulator-after('ed:page-index')"/>
          <xsl:sequence select="ed:j-object((ed:j-string('id', @xml:id ! string(.)), ed:j-string('type', local-name()),
            ed:j-range($record), ed:j-strings('pages', subsequence($labels, $from, $to - $from + 1))))"/>
        </xsl:for-each>
      </xsl:for-each>
    </xsl:variable>
    <xsl:sequence select="ed:j-member('blocks', ed:j-array($blocks))"/>
  </xsl:function>

  <!--
    The records of some nodes, matched in document order: for each node its record (ed:json-layout),
    or one with no offsets when the reading text leaves the node out.
    $nodes: nodes in document order.
    $records: records of some of these nodes, in document order.
  -->
  <xsl:function name="ed:json-match" as="array(*)*">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:param name="records" as="array(*)*"/>
    <xsl:variable name="indexed" as="array(*)" select="array { $records }"/>
    <xsl:variable name="count" as="xs:integer" select="array:size($indexed)"/>
    <xsl:iterate select="$nodes">
      <xsl:param name="i" as="xs:integer" select="1"/>
      <xsl:variable name="r" as="array(*)?" select="if ($i le $count) then $indexed($i) else ()"/>
      <xsl:choose>
        <xsl:when test="exists($r) and $r?1 is .">
          <xsl:sequence select="$r"/>
          <xsl:next-iteration>
            <xsl:with-param name="i" select="$i + 1"/>
          </xsl:next-iteration>
        </xsl:when>
        <xsl:otherwise>
          <xsl:sequence select="[., (), (), (), (), (), ()]"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:iterate>
  </xsl:function>

</xsl:stylesheet>
