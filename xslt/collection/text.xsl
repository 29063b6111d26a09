<?xml version="1.0" encoding="UTF-8"?>
<!--
  What the collection reads of a TEI tree: labels, dates, the pages of a text and the names in it.
  The numbering of names and pages follows the HTML target (xslt/html/labels.xsl, names.xsl):
  an occurrence's anchor `occ-N` counts the same elements in document order, a page's anchor is
  `page-N`, so the collection's links land on the document's page.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:c="urn:teikit:collection"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- Normalised text of nodes without editorial notes. -->
  <xsl:function name="c:norm" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="normalize-space(string-join($nodes/descendant-or-self::text()[not(ancestor::note)], ''))"/>
  </xsl:function>

  <!-- Names with @ref and quotations with @source: the occurrences the HTML numbers `occ-N`. -->
  <xsl:function name="c:is-occurrence" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e[@ref][self::persName or self::placeName or self::orgName or self::geogName
      or self::eventName or self::objectName or self::name or self::rs or self::title])
      or exists($e[@source][self::quote])"/>
  </xsl:function>

  <!-- The anchor of a page break (as xslt/html/labels.xsl h:page-id). -->
  <xsl:function name="c:page-id" as="xs:string">
    <xsl:param name="pb" as="element(pb)"/>
    <xsl:param name="ordinal" as="xs:integer"/>
    <xsl:variable name="n" select="replace(normalize-space($pb/@n), '^\[(.*)\]$', '$1')"/>
    <xsl:sequence select="'page-' || (if (matches($n, '^[0-9]+$')) then $n else string($ordinal))"/>
  </xsl:function>

  <!-- A page's label for readers: `[2]` → 2; none → its ordinal. -->
  <xsl:function name="c:page-label" as="xs:string">
    <xsl:param name="pb" as="element(pb)"/>
    <xsl:param name="ordinal" as="xs:integer"/>
    <xsl:variable name="n" select="replace(normalize-space($pb/@n), '^\[(.*)\]$', '$1')"/>
    <xsl:sequence select="if ($n ne '') then $n else string($ordinal)"/>
  </xsl:function>

  <!-- An entry's kind: person, org, place, event, text or object. -->
  <xsl:function name="c:kind" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="
      if ($e/self::person or $e/self::personGrp) then 'person'
      else if ($e/self::org) then 'org'
      else if ($e/self::place) then 'place'
      else if ($e/self::event) then 'event'
      else if ($e/self::object) then 'object'
      else 'text'"/>
  </xsl:function>

  <!-- An entry's label: its first name or title, else its id. -->
  <xsl:function name="c:label" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="n" select="($e/(persName | orgName | placeName | eventName | objectName | name | title | label))[1]"/>
    <xsl:sequence select="if ($n) then c:norm($n) else string($e/@xml:id)"/>
  </xsl:function>

  <!-- Register entries under some nodes (a document may have no standOff, or several): listed entities with an id. -->
  <xsl:function name="c:entries" as="element()*">
    <xsl:param name="root" as="node()*"/>
    <xsl:sequence select="$root/descendant::*[self::person or self::personGrp or self::org or self::place or self::event or self::bibl or self::object][@xml:id]
      [parent::listPerson or parent::listOrg or parent::listPlace or parent::listEvent or parent::listBibl[not(@type = 'withdrawn')] or parent::listObject]"/>
  </xsl:function>

  <!-- The URL of an authority idno, when it is one teikit knows (https only). -->
  <xsl:function name="c:authority-url" as="xs:string?">
    <xsl:param name="idno" as="element(idno)"/>
    <xsl:variable name="v" select="normalize-space($idno)"/>
    <xsl:variable name="type" select="lower-case($idno/@type)"/>
    <xsl:sequence select="
      if ($type = 'wikidata' and matches($v, '^Q[0-9]+$')) then 'https://www.wikidata.org/wiki/' || $v
      else if ($type = 'geonames' and matches($v, '^[0-9]+$')) then 'https://www.geonames.org/' || $v
      else if ($type = 'viaf' and matches($v, '^[0-9]+$')) then 'https://viaf.org/viaf/' || $v
      else if ($type = 'gnd' and matches($v, '^[0-9X\-]+$')) then 'https://d-nb.info/gnd/' || $v
      else if (matches($v, '^https?://[^\s/?#@\\]+(/\S*)?$')) then $v
      else ()"/>
  </xsl:function>
</xsl:stylesheet>
