<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit's HTML target: the reading edition of one TEI document (issue 4, "html"; docs/encoding.md §3–5).
  Entry point only: parameters, output, modes, accumulators and the modules, one per concern.

  Modes:
    #default      the page (html/page.xsl)
    h:text        the document text, with names, quotations, dates, notes and page furniture
    h:prose       header and register prose (source description, entries' notes)
    h:note-body   the body of an editorial note in the notes list
  Every mode fails on a node no template matches, so coverage gaps show up as errors in tests (h:text
  copies text nodes itself); the fallback (html/fallback.xsl) keeps the text of unknown elements and
  reports them.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:h="urn:teikit:html"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <!-- What the TEI means, shared with the other targets (issue 11 point 10). -->
  <xsl:include href="common/pointers.xsl"/>
  <xsl:include href="common/furniture.xsl"/>
  <xsl:include href="common/facts.xsl"/>
  <xsl:include href="common/dates.xsl"/>
  <xsl:include href="common/language.xsl"/>
  <xsl:include href="common/structure.xsl"/>
  <xsl:include href="html/urls.xsl"/>
  <xsl:include href="html/labels.xsl"/>
  <xsl:include href="html/page.xsl"/>
  <xsl:include href="html/metadata.xsl"/>
  <xsl:include href="html/header.xsl"/>
  <xsl:include href="html/source.xsl"/>
  <xsl:include href="html/cite.xsl"/>
  <xsl:include href="html/text.xsl"/>
  <xsl:include href="html/pages.xsl"/>
  <xsl:include href="html/names.xsl"/>
  <xsl:include href="html/quotations.xsl"/>
  <xsl:include href="html/dates.xsl"/>
  <xsl:include href="html/notes.xsl"/>
  <xsl:include href="html/entities.xsl"/>
  <xsl:include href="html/prose.xsl"/>
  <xsl:include href="html/structure.xsl"/>
  <xsl:include href="html/fallback.xsl"/>
  <xsl:include href="common/collection-params.xsl"/>
  <xsl:include href="collection/document.xsl"/>
  <xsl:include href="common/register.xsl"/>

  <!-- The edition's CSS, inlined when not empty (a standalone page for `teikit transform`);
       when empty the page links `assets/edition.css` and `assets/view.js` (a build). -->
  <xsl:param name="css" as="xs:string" select="''"/>
  <!-- Folder of the assets, relative to the page. -->
  <xsl:param name="assets" as="xs:string" select="'assets/'"/>
  <!-- Link back to the collection's index.html (a build writes one). -->
  <xsl:param name="collection" as="xs:boolean" select="true()"/>
  <!-- The view selected when the page opens: reading or diplomatic. -->
  <xsl:param name="h:view" as="xs:string" select="'reading'"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

  <xsl:global-context-item as="document-node()" use="required"/>

  <xsl:mode on-no-match="fail" on-multiple-match="fail" use-accumulators="#all"/>
  <!-- Text nodes of the text are copied by the mode itself (text-only-copy), not by a template
       rule: one rule lookup and copy per text node instead of a template call. Every element has
       a rule (at least the fallback), so nothing else reaches on-no-match. -->
  <xsl:mode name="h:text" on-no-match="text-only-copy" on-multiple-match="fail" warning-on-no-match="false"/>
  <xsl:mode name="h:prose" on-no-match="fail" on-multiple-match="fail" warning-on-no-match="false"/>
  <xsl:mode name="h:note-body" on-no-match="fail" on-multiple-match="fail" warning-on-no-match="false"/>

  <!-- Name occurrences in the text, numbered in document order: their ids (`occ-N`). An
       accumulator, not xsl:number level="any", which is quadratic in SaxonJS (FINDINGS.md). -->
  <xsl:accumulator name="h:occ" as="xs:integer" initial-value="0">
    <!-- The same elements as h:is-occurrence(), spelled out: a pattern by name is indexed. -->
    <xsl:accumulator-rule match="text//persName[@ref] | text//placeName[@ref] | text//orgName[@ref] | text//geogName[@ref] | text//eventName[@ref] | text//objectName[@ref] | text//name[@ref] | text//rs[@ref] | text//title[@ref] | text//quote[@source]" select="$value + 1"/>
  </xsl:accumulator>
  <!-- The label of the current page (ed:page-label: `pb/@n` without brackets, else its ordinal). -->
  <xsl:accumulator name="h:page" as="xs:string" initial-value="''">
    <xsl:accumulator-rule match="text//pb" select="ed:page-label(.)"/>
  </xsl:accumulator>
  <!-- Editorial notes in the text, numbered in document order (docs/encoding.md §7.6, notes). -->
  <xsl:accumulator name="h:note" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="text//note[not(ed:note-place(.) = 'inline')]" select="$value + 1"/>
  </xsl:accumulator>
</xsl:stylesheet>
