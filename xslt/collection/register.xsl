<?xml version="1.0" encoding="UTF-8"?>
<!--
  c:register: what the toolkit reads of the register (schemas/register.rng) in one pass over its
  tree: the collection's metadata from the teiHeader, its entries, and the withdrawn documents.
  Each entry carries its path(), which the register's position index turns into line:column.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:fn="http://www.w3.org/2005/xpath-functions"
  xmlns:c="urn:teikit:collection"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template name="c:register" as="xs:string">
    <xsl:variable name="header" select="$c:source/TEI/teiHeader"/>
    <xsl:variable name="pub" select="$header/fileDesc/publicationStmt"/>
    <xsl:variable name="licence" select="($pub/availability/licence)[1]"/>
    <xsl:variable name="json" as="element(fn:map)">
      <fn:map>
        <fn:string key="title">{c:norm(($header/fileDesc/titleStmt/title)[1])}</fn:string>
        <fn:string key="publisher">{c:norm(($pub/publisher)[1])}</fn:string>
        <fn:string key="licence">{c:norm($licence)}</fn:string>
        <fn:string key="licenceUrl">{normalize-space($licence/@target)}</fn:string>
        <fn:string key="baseUrl">{normalize-space(($pub/idno[@type = 'URI'])[1])}</fn:string>
        <fn:array key="entries">
          <xsl:for-each select="c:entries($c:source/TEI/standOff)">
            <fn:map>
              <fn:string key="id">{@xml:id}</fn:string>
              <fn:string key="kind">{c:kind(.)}</fn:string>
              <fn:string key="label">{c:label(.)}</fn:string>
              <fn:array key="authorities">
                <xsl:for-each select="idno[exists(c:authority-url(.))]"><fn:string>{c:authority-url(.)}</fn:string></xsl:for-each>
              </fn:array>
              <fn:string key="note">{normalize-space((note[not(@type = 'authority')])[1])}</fn:string>
              <fn:string key="path">{path(.)}</fn:string>
            </fn:map>
          </xsl:for-each>
        </fn:array>
        <fn:array key="withdrawn">
          <xsl:for-each select="$c:source/TEI/standOff/listBibl[@type = 'withdrawn']/bibl">
            <fn:map>
              <fn:string key="id">{normalize-space(idno[@type = 'document'])}</fn:string>
              <fn:string key="successor">{normalize-space(idno[@type = 'successor'])}</fn:string>
              <fn:string key="note">{normalize-space(note[1])}</fn:string>
            </fn:map>
          </xsl:for-each>
        </fn:array>
      </fn:map>
    </xsl:variable>
    <xsl:sequence select="xml-to-json($json)"/>
  </xsl:template>
</xsl:stylesheet>
