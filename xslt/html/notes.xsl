<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes (docs/encoding.md §7.6, editorial notes): a note in the text becomes a numbered reference at its
  point (`noteref-N`, role doc-noteref) and a numbered entry in the notes list (`note-N`), each
  linking to the other. Numbers come from the accumulator h:note, in document order.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:h="urn:teikit:html"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template match="note" mode="h:text">
    <xsl:variable name="n" select="accumulator-before('h:note')"/>
    <sup class="noteref"><a id="noteref-{$n}" href="#note-{$n}" role="doc-noteref" aria-label="Note {$n}">{$n}</a></sup>
  </xsl:template>

  <xsl:template name="h:notes" as="element()?">
    <xsl:variable name="notes" select="$h:text//note"/>
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
