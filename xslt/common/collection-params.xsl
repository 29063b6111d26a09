<?xml version="1.0" encoding="UTF-8"?>
<!--
  What a build tells a document's stylesheet about the collection it belongs to (README, "The
  collection"). All optional: `teikit transform` sets none, and the page is then standalone.
  The register arrives as a document node, never fetched with doc().
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ed="urn:teikit:ed"
  exclude-result-prefixes="#all">

  <!-- The collection's register (edition/register.xml), read once per run. -->
  <xsl:param name="ed:register" as="document-node()?" select="()"/>
  <!-- How this document names the register: the relative URI its pointers begin with. -->
  <xsl:param name="ed:register-href" as="xs:string" select="''"/>
  <!-- The collection's base URL (ends in `/`): this document's address is it, its id and `.html`. -->
  <xsl:param name="ed:base-url" as="xs:string" select="''"/>
  <!-- The collection's title. -->
  <xsl:param name="ed:collection-title" as="xs:string" select="''"/>
  <!-- Whether the build writes the collection's pages (names.html, search.html) beside this one. -->
  <xsl:param name="ed:collection-pages" as="xs:boolean" select="false()"/>
  <!-- This document's other outputs, space-separated names relative to the page (text, JSON, TEI). -->
  <xsl:param name="ed:downloads" as="xs:string" select="''"/>
</xsl:stylesheet>
