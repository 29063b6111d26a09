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
  xmlns:j="http://www.w3.org/2005/xpath-functions"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <!--
    The member `pages`.
    $ctx: the model's context (ed:json-context).
  -->
  <xsl:function name="ed:json-pages" as="element()">
    <xsl:param name="ctx" as="map(*)"/>
    <xsl:variable name="pbs" as="element()*" select="$ctx?pbs"/>
    <xsl:variable name="starts" as="xs:integer*" select="$pbs ! (ed:j-offsets($ctx, .)?start, $ctx?length)[1]"/>
    <xsl:variable name="fws" as="map(xs:integer, element()*)">
      <xsl:map>
        <xsl:for-each-group select="outermost($ctx?doc//text)//fw" group-by="max((1, accumulator-before('ed:page-index')))">
          <xsl:map-entry key="current-grouping-key()" select="current-group()"/>
        </xsl:for-each-group>
      </xsl:map>
    </xsl:variable>
    <j:array key="pages">
      <xsl:for-each select="$pbs">
        <xsl:variable name="i" as="xs:integer" select="position()"/>
        <j:map>
          <j:string key="n">{ed:page-label(.)}</j:string>
          <j:array key="range">
            <j:number>{$starts[$i]}</j:number>
            <j:number>{($starts[$i + 1], $ctx?length)[1]}</j:number>
          </j:array>
          <j:array key="furniture">
            <xsl:for-each select="$fws($i)">
              <j:map>
                <xsl:sequence select="ed:j-string('type', @type ! string(.)), ed:j-string('place', @place ! string(.)),
                  ed:j-string('text', ed:furniture-text(.)), ed:j-boolean('cancelled', ed:is-cancelled(.))"/>
              </j:map>
            </xsl:for-each>
          </j:array>
        </j:map>
      </xsl:for-each>
    </j:array>
  </xsl:function>

  <!--
    The member `blocks`: paragraphs, headings, the lines of the header block and other blocks of
    the reading text (mode ed:stream), each with the pages its text is on: a block that begins with
    a page break (`<p><pb/>…`) is not listed on the page before.
    $ctx: the model's context.
  -->
  <xsl:function name="ed:json-blocks" as="element()">
    <xsl:param name="ctx" as="map(*)"/>
    <xsl:variable name="labels" as="xs:string*" select="$ctx?pbs ! ed:page-label(.)"/>
    <j:array key="blocks">
      <xsl:for-each select="outermost($ctx?doc//text)//(p | ab | head | titlePart | byline | docImprint | docEdition
        | trailer | salute | signed | dateline | item | label | speaker | stage | castItem | caption | l)[ed:j-has-range($ctx, .)]">
        <!-- A block whose text begins with a page break is on that page only, not the one before. -->
        <xsl:variable name="first-pb" as="element()?" select="(.//pb)[1]"/>
        <xsl:variable name="opens-page" as="xs:boolean" select="exists($first-pb)
          and ed:j-offsets($ctx, $first-pb)?start eq ed:j-offsets($ctx, .)?start"/>
        <xsl:variable name="from" as="xs:integer" select="max((1, accumulator-before('ed:page-index') + (if ($opens-page) then 1 else 0)))"/>
        <xsl:variable name="to" as="xs:integer" select="accumulator-after('ed:page-index')"/>
        <j:map>
          <xsl:sequence select="ed:j-string('id', @xml:id ! string(.)), ed:j-string('type', local-name()), ed:j-range($ctx, .),
            ed:j-strings('pages', subsequence($labels, $from, $to - $from + 1))"/>
        </j:map>
      </xsl:for-each>
    </j:array>
  </xsl:function>

</xsl:stylesheet>
