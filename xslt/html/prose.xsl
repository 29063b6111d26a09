<?xml version="1.0" encoding="UTF-8"?>
<!--
  Prose from the header and the register (ENCODING.md §2–3): paragraphs, lists, titles, names
  linked to their register entries (without occurrence ids: these are not the text), safe links,
  element and attribute names. Header elements without a rule of their own keep their text: the
  page shows selected header fields, so an unknown header element is not a coverage gap.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:h="urn:teikit:html"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template match="*" mode="h:prose" priority="-10">
    <xsl:apply-templates mode="#current"/>
  </xsl:template>

  <!-- editorialDecl's parts: a labelled paragraph each. -->
  <xsl:template match="editorialDecl/*" mode="h:prose">
    <div class="decl">
      <h4>{upper-case(substring(local-name(), 1, 1)) || substring(local-name(), 2)}</h4>
      <xsl:apply-templates mode="#current"/>
    </div>
  </xsl:template>

  <xsl:template match="p | ab" mode="h:prose">
    <xsl:element name="{if (parent::note or parent::licence or parent::item or parent::handNote or parent::provenance) then 'span' else 'p'}">
      <xsl:apply-templates mode="#current"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="list | listBibl" mode="h:prose">
    <ul><xsl:for-each select="item | bibl | biblStruct"><li><xsl:apply-templates mode="#current"/></li></xsl:for-each></ul>
  </xsl:template>

  <xsl:template match="title" mode="h:prose" priority="1">
    <cite><xsl:apply-templates mode="#current"/></cite>
  </xsl:template>

  <xsl:template match="persName[@ref] | placeName[@ref] | orgName[@ref] | geogName[@ref] | eventName[@ref] | objectName[@ref] | name[@ref] | rs[@ref] | title[@ref]" mode="h:prose">
    <xsl:variable name="href" select="h:name-hrefs(.)[1]"/>
    <xsl:choose>
      <xsl:when test="exists($href) and not(descendant::*[@ref or @target])"><a class="name" href="{$href}"><xsl:apply-templates mode="#current"/></a></xsl:when>
      <xsl:otherwise><span class="name"><xsl:apply-templates mode="#current"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="ref | ptr" mode="h:prose">
    <xsl:variable name="href" select="(tokenize(normalize-space(@target), ' ')[1] ! h:href(., $h:tei))[1]"/>
    <xsl:choose>
      <xsl:when test="exists($href) and not(descendant::*[@ref or @target])"><a href="{$href}"><xsl:apply-templates mode="#current"/>{if (self::ptr) then h:target-label($href) else if (not(normalize-space(.))) then $href else ''}</a></xsl:when>
      <xsl:otherwise><span><xsl:apply-templates mode="#current"/>{if ((self::ptr or not(normalize-space(.))) and not(starts-with(normalize-space(@target), '#'))) then string(@target) else ''}</span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="gi | tag | att | val | code | ident" mode="h:prose">
    <code><xsl:apply-templates mode="#current"/></code>
  </xsl:template>

  <xsl:template match="hi | emph | foreign | term | mentioned | soCalled" mode="h:prose">
    <i><xsl:apply-templates mode="#current"/></i>
  </xsl:template>

  <xsl:template match="lb" mode="h:prose"><br/></xsl:template>

  <xsl:template match="note" mode="h:prose">
    <span class="prose-note"> (<xsl:apply-templates mode="#current"/>)</span>
  </xsl:template>
</xsl:stylesheet>
