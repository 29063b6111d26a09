<?xml version="1.0" encoding="UTF-8"?>
<!--
  teikit's collection stylesheet (README, "The collection"): what a build knows of the collection
  as a whole. Entry point only: parameters, output, modes and the modules. Each job is a named
  initial template:

    c:record      one document's facts for the collection (header, names and their occurrences,
                  the text of each page for search), as JSON, from the tree the targets use
    c:uses        one document's pointers into other files (the register), as JSON
    c:register    the register's metadata, entries and withdrawn documents, as JSON
    c:index       index.html: every document, ordered by date
    c:names       names.html: the index of names of the whole collection
    c:search      search.html: full-text search (works offline; degrades without JavaScript)
    c:withdrawn   the page left at a withdrawn document's address

  The pages take the collection model built by the toolkit (a JSON string, parameter c:model);
  the records take a document tree (c:source), the register's facts its tree (c:register-tree).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:c="urn:teikit:collection"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <xsl:include href="common/patterns.xsl"/>
  <xsl:include href="collection/text.xsl"/>
  <xsl:include href="collection/record.xsl"/>
  <xsl:include href="collection/register.xsl"/>
  <xsl:include href="collection/layout.xsl"/>
  <xsl:include href="collection/index.xsl"/>
  <xsl:include href="collection/names.xsl"/>
  <xsl:include href="collection/search.xsl"/>
  <xsl:include href="collection/withdrawn.xsl"/>

  <!-- A document (c:record) or the register (c:register). -->
  <xsl:param name="c:source" as="document-node()?" select="()"/>
  <!-- The collection model (pages): JSON, see src/collection/model.ts. -->
  <xsl:param name="c:model" as="xs:string" select="'{}'"/>
  <!-- For c:withdrawn: the id of the withdrawn document. -->
  <xsl:param name="c:withdrawn-id" as="xs:string" select="''"/>

  <xsl:variable name="c:m" as="map(*)" select="parse-json($c:model)"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

  <xsl:mode on-no-match="fail" on-multiple-match="fail"/>
  <!-- The text of a page for the search index: text nodes copied, notes and furniture dropped. -->
  <xsl:mode name="c:text" on-no-match="shallow-skip" on-multiple-match="fail" warning-on-no-match="false"/>
</xsl:stylesheet>
