<?xml version="1.0" encoding="UTF-8"?>
<!--
  The notes of the plain text (`teikit transform - -to text - -notes`, parameter
  Q{urn:teikit:ed}notes): every note in the text becomes a reference "[N]" at its point and a
  numbered paragraph under "Notes" at the end, in both views. N counts the notes of the `text` in
  document order, as the HTML edition numbers them (docs/encoding.md §7.6, notes). Without the option,
  editorial notes are left out and the document's own notes stay in place (common/reading.xsl).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- The number of each note of the text (an accumulator: xsl:number is quadratic in SaxonJS). -->
  <xsl:accumulator name="ed:note-number" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="text//note" select="$value + 1"/>
  </xsl:accumulator>

  <!-- A note's reference in place. -->
  <xsl:template match="note[$ed:notes]" mode="ed:stream" as="item()*">
    <xsl:sequence select="(if ($ed:locating) then ed:point(.) else ()), '[' || accumulator-before('ed:note-number') || ']'"/>
  </xsl:template>

  <!--
    The notes at the end as stream items, or nothing when $ed:notes is false or the text has no
    note. A note's paragraphs stay paragraphs; its number begins the first.
    $doc: the document.
  -->
  <xsl:function name="ed:notes-stream" as="item()*">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:if test="$ed:notes">
      <xsl:variable name="notes" as="element()*" select="$doc/descendant::note[ancestor::text]"/>
      <xsl:if test="exists($notes)">
        <xsl:sequence select="ed:sep(3), 'Notes', ed:sep(3)"/>
        <xsl:for-each select="$notes">
          <xsl:variable name="laid" as="xs:string" select="ed:layout-text(ed:note-body(.))"/>
          <xsl:sequence select="'[' || accumulator-before('ed:note-number') || ']', ed:sep(1)"/>
          <xsl:for-each select="tokenize($laid, '&#10;')">
            <xsl:sequence select="if (. eq '') then ed:sep(3) else (., ed:sep(2))"/>
          </xsl:for-each>
          <xsl:sequence select="ed:sep(3)"/>
        </xsl:for-each>
      </xsl:if>
    </xsl:if>
  </xsl:function>

  <!--
    The stream of a note's content.
    $note: the note.
  -->
  <xsl:function name="ed:note-body" as="item()*">
    <xsl:param name="note" as="element()"/>
    <xsl:apply-templates select="$note/node()" mode="ed:stream"/>
  </xsl:function>

</xsl:stylesheet>
