<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes (docs/encoding.md §7.6, editorial notes; TEI Guidelines 3.9.1 for @place): a note written
  in the running text of the source (ed:note-place 'inline') stays there in brackets; any other
  note in the text becomes a numbered reference at its
  point (`noteref-N`, role doc-noteref) and a numbered entry in the notes list (`note-N`), each
  linking to the other, the entry saying where the note stands in the source (margin, foot, end,
  between the lines) when @place says so. Numbers come from the accumulator h:note, in document order.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:h="urn:teikit:html"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <!-- A note written in the running text of the source stays there, in brackets, unnumbered. -->
  <xsl:template match="note[ed:note-place(.) = 'inline']" mode="h:text">
    <span class="note-inline">
      <xsl:call-template name="h:lang"><xsl:with-param name="e" select="."/></xsl:call-template>
      <xsl:text>[</xsl:text><xsl:apply-templates mode="#current"/><xsl:text>]</xsl:text>
    </span>
  </xsl:template>

  <xsl:template match="note" mode="h:text">
    <xsl:variable name="n" select="accumulator-before('h:note')"/>
    <sup class="noteref"><a id="noteref-{$n}" href="#note-{$n}" role="doc-noteref" aria-label="Note {$n}">{$n}</a></sup>
  </xsl:template>

  <xsl:template name="h:notes" as="element()?">
    <xsl:variable name="notes" select="$h:text//note[not(ed:note-place(.) = 'inline')]"/>
    <xsl:if test="exists($notes)">
      <section id="notes" class="notes" aria-labelledby="notes-h" role="doc-endnotes">
        <h2 id="notes-h">Notes</h2>
        <ol>
          <xsl:apply-templates select="$notes" mode="h:note-body"/>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="note" mode="h:note-body">
    <xsl:variable name="n" select="accumulator-before('h:note')"/>
    <xsl:variable name="resp" select="h:local-ids(@resp) ! key('h:id', ., root($h:tei))"/>
    <li id="note-{$n}" value="{$n}">
      <xsl:call-template name="h:lang"><xsl:with-param name="e" select="."/></xsl:call-template>
      <xsl:element name="{if (h:has-block(.)) then 'div' else 'p'}">
        <xsl:attribute name="class" select="'note-body' || (@type ! (' note-' || replace(., '[^A-Za-z0-9_-]', '')))"/>
        <xsl:variable name="where" as="xs:string?" select="map { 'margin': 'In the margin', 'foot': 'At the foot of the page', 'end': 'At the end', 'interlinear': 'Between the lines' }(string(ed:note-place(.)))"/>
        <xsl:if test="exists($where)"><span class="note-place">{$where}: </span></xsl:if>
        <xsl:apply-templates mode="h:text"/>
        <xsl:text> </xsl:text>
        <a class="backlink" href="#noteref-{$n}" role="doc-backlink" aria-label="Back to the text, note {$n}">↩ text</a>
      </xsl:element>
      <xsl:if test="exists($resp)">
        <p class="note-resp">{string-join(distinct-values($resp ! (string-join((name, persName, orgName) ! h:norm(.), ', ') || (resp ! (' (' || h:norm(.) || ')')))), '; ')}</p>
      </xsl:if>
    </li>
  </xsl:template>
</xsl:stylesheet>
