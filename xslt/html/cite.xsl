<?xml version="1.0" encoding="UTF-8"?>
<!--
  "How to cite" (issue 5, metadata): a citation of the edition built from the header, under the
  stable anchor `how-to-cite`. No URL is invented: the page's address is not known when it is built.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:h="urn:teikit:html"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template name="h:how-to-cite" as="element()">
    <xsl:variable name="editors" select="distinct-values($h:file-desc/titleStmt/respStmt/(name | persName | orgName) ! h:norm(.))"/>
    <xsl:variable name="edition" select="($h:file-desc/editionStmt/edition/@n, h:norm(($h:file-desc/editionStmt/edition)[1]))[. ne ''][1]"/>
    <section id="how-to-cite" aria-labelledby="how-to-cite-h">
      <h2 id="how-to-cite-h">How to cite</h2>
      <p class="citation">
        <xsl:if test="exists($h:authors)">{string-join($h:authors, '; ')}. </xsl:if>
        <xsl:text>“{$h:main-title}.” </xsl:text>
        <xsl:variable name="about" select="($h:report-number[. ne ''], ed:date-label($h:doc-date)[. ne ''])"/>
        <xsl:if test="exists($about)">{string-join($about, ', ')}. </xsl:if>
        <xsl:if test="exists($editors)">Edited by {string-join($editors, ', ')}. </xsl:if>
        <xsl:if test="$h:publisher">{$h:publisher}</xsl:if>
        <xsl:if test="$edition">, edition {$edition}</xsl:if>
        <xsl:if test="$h:pub-date">, {ed:date-label($h:pub-date)}</xsl:if>
        <xsl:if test="$h:publisher or $edition or $h:pub-date"><xsl:text>. </xsl:text></xsl:if>
        <xsl:if test="$h:tei/@xml:id">Document <code>{$h:tei/@xml:id}</code>.</xsl:if>
        <xsl:call-template name="c:cite-url" xmlns:c="urn:teikit:collection"/>
      </p>
      <xsl:if test="exists($h:text//pb)"><p class="hint">To cite a passage, give the page (<a href="#page-1">#page-1</a> and so on) or the paragraph.</p></xsl:if>
    </section>
  </xsl:template>
</xsl:stylesheet>
