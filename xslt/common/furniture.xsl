<?xml version="1.0" encoding="UTF-8"?>
<!--
  Pages and page furniture (ENCODING.md §4 Body: pb, fw and its closed list of types, struck
  classification markings, the release stamp). TEI Guidelines 11.6 (headers, footers, fw),
  3.11.3 (milestone elements: pb), 11.3.1.4 (del and its renditions).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- How many page breaks precede a node (in document order): the page it sits on, 0 before the first pb. -->
  <xsl:accumulator name="ed:page-index" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="text//pb" select="$value + 1"/>
  </xsl:accumulator>

  <!--
    Whether a node is page furniture (inside `fw`): left out of the reading text.
    $node: any node.
  -->
  <xsl:function name="ed:is-furniture" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists($node/ancestor-or-self::fw)"/>
  </xsl:function>

  <!--
    Whether a note is the editors' (`type="editorial"` or with `@resp`, ENCODING.md §4 Editorial
    notes) rather than part of the document.
    $note: the note.
  -->
  <xsl:function name="ed:is-editorial-note" as="xs:boolean">
    <xsl:param name="note" as="element()"/>
    <xsl:sequence select="$note/@type = 'editorial' or exists($note/@resp)"/>
  </xsl:function>

  <!--
    Whether an element shows struck-through text: `del`, or a rendering that says so
    (`@rend` strikethrough, `@rendition` to a `line-through` rendition).
    $el: the element.
  -->
  <xsl:function name="ed:is-struck" as="xs:boolean">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="exists($el/self::del)
      or contains(string($el/@rend), 'strike')
      or (some $r in ed:targets($el/@rendition) satisfies contains(string($r), 'line-through'))"/>
  </xsl:function>

  <!--
    Whether a piece of furniture is cancelled: it has text and all of it is struck through.
    $fw: the furniture.
  -->
  <xsl:function name="ed:is-cancelled" as="xs:boolean">
    <xsl:param name="fw" as="element()"/>
    <xsl:variable name="words" as="text()*" select="$fw//text()[normalize-space()]"/>
    <xsl:sequence select="exists($words) and (every $t in $words satisfies
      (some $a in $t/ancestor::*[. >> $fw or . is $fw] satisfies ed:is-struck($a)))"/>
  </xsl:function>

  <!--
    The text of a piece of furniture: one line per `lb`, whitespace normalised.
    $fw: the furniture (or any element).
  -->
  <xsl:function name="ed:furniture-text" as="xs:string">
    <xsl:param name="fw" as="element()"/>
    <xsl:variable name="raw" as="xs:string" select="string-join($fw//(text() | lb) ! (if (self::lb) then '&#10;' else string(.)))"/>
    <xsl:sequence select="string-join(tokenize($raw, '&#10;') ! normalize-space(.)[.], '&#10;')"/>
  </xsl:function>

  <!--
    The label of a page break: `@n` without the brackets of an unnumbered page (ENCODING.md §4:
    `n="[2]"` → `2`), or the page's ordinal when `@n` is missing.
    $pb: the page break.
  -->
  <xsl:function name="ed:page-label" as="xs:string">
    <xsl:param name="pb" as="element()"/>
    <xsl:sequence select="if (normalize-space($pb/@n)) then replace(normalize-space($pb/@n), '^\[(.*)\]$', '$1')
      else string($pb/accumulator-after('ed:page-index'))"/>
  </xsl:function>

</xsl:stylesheet>
