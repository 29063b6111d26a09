<?xml version="1.0" encoding="UTF-8"?>
<!--
  What pointers mean: local `#id` references (docs/encoding.md §4: the text points to standOff with
  @ref, quotations with @source), the entity register and its authority identifiers.
  TEI Guidelines 13.3 (ODD personography and co.), 16.2.2 (pointers, listPrefixDef).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!-- Every element by its xml:id: never //*[@xml:id = $x] (linear per lookup). -->
  <xsl:key name="ed:id" match="*[@xml:id]" use="string(@xml:id)"/>

  <!-- Every element of the text that names something, by the ids it points to. -->
  <xsl:key name="ed:ref" match="text//*[@ref]" use="ed:ids(@ref)"/>

  <!-- Every quotation of the text, by the ids of its sources. -->
  <xsl:key name="ed:source" match="text//*[@source]" use="ed:ids(@source)"/>

  <!--
    The local ids a pointer attribute names: its `#id` tokens without the `#` (pointers to other
    documents or prefixed pointers are left out).
    $pointers: the attribute value (or nothing).
  -->
  <xsl:function name="ed:ids" as="xs:string*">
    <xsl:param name="pointers" as="xs:string?"/>
    <xsl:sequence select="tokenize(normalize-space($pointers))[starts-with(., '#')] ! substring(., 2)[.]"/>
  </xsl:function>

  <!--
    The elements of the same document that a pointer attribute names, in document order.
    $attr: the pointer attribute (@ref, @source, @ana, …).
  -->
  <xsl:function name="ed:targets" as="element()*">
    <xsl:param name="attr" as="attribute()?"/>
    <xsl:sequence select="if ($attr) then key('ed:id', ed:ids($attr), root($attr)) else ()"/>
  </xsl:function>

  <!--
    The entries of the entity register: standOff lists and the header's lists of persons, places,
    organisations and events (docs/encoding.md §4), in document order.
    $doc: the document.
  -->
  <xsl:function name="ed:entities" as="element()*">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="($doc/*/standOff//(person | personGrp | org | place | event | bibl | biblStruct | object)
      | $doc/*/teiHeader//(listPerson | listOrg | listPlace | listEvent)/*)[@xml:id]"/>
  </xsl:function>

  <!--
    The kind of an entity, in the vocabulary of `rs/@type` (docs/encoding.md §7.1 Names): person, org,
    place, event, treaty (`bibl type="treaty"`), work (any other text), or the element name.
    $entity: a register entry.
  -->
  <xsl:function name="ed:entity-kind" as="xs:string">
    <xsl:param name="entity" as="element()"/>
    <xsl:sequence select="
      if ($entity/self::personGrp) then 'person'
      else if ($entity/self::bibl[@type = 'treaty']) then 'treaty'
      else if ($entity/(self::bibl | self::biblStruct)) then 'work'
      else local-name($entity)"/>
  </xsl:function>

  <!--
    The display name of an entity: its first name or title, whitespace normalised.
    $entity: a register entry.
  -->
  <xsl:function name="ed:entity-name" as="xs:string">
    <xsl:param name="entity" as="element()"/>
    <xsl:variable name="name" as="element()?" select="($entity/(persName | orgName | placeName | eventName | objectName
      | name | title | analytic/title | monogr/title | label | head))[1]"/>
    <xsl:sequence select="normalize-space(if ($name) then $name else $entity/@xml:id)"/>
  </xsl:function>

  <!--
    The title of a bibliographic entry (the source of a quotation), or nothing.
    $bibl: the entry, if any.
  -->
  <xsl:function name="ed:bibl-title" as="xs:string?">
    <xsl:param name="bibl" as="element()?"/>
    <xsl:sequence select="($bibl/(title | analytic/title | monogr/title))[1] ! normalize-space(.)"/>
  </xsl:function>

  <!--
    The authority identifiers of an entity as URLs (docs/encoding.md §3 listPrefixDef, §3): Wikidata
    ids (`idno type="wikidata"` or `wd:Q…`) → https://www.wikidata.org/wiki/Q…, GeoNames ids
    (`idno type="geonames"` or `gn:N`) → https://www.geonames.org/N, URLs as they are.
    $entity: a register entry.
  -->
  <xsl:function name="ed:authority-urls" as="xs:string*">
    <xsl:param name="entity" as="element()"/>
    <xsl:for-each select="$entity/idno">
      <xsl:variable name="v" as="xs:string" select="normalize-space(.)"/>
      <xsl:choose>
        <xsl:when test="@type = 'wikidata' or starts-with($v, 'wd:')">
          <xsl:sequence select="'https://www.wikidata.org/wiki/' || replace($v, '^wd:', '')"/>
        </xsl:when>
        <xsl:when test="@type = 'geonames' or starts-with($v, 'gn:')">
          <xsl:sequence select="'https://www.geonames.org/' || replace($v, '^gn:', '')"/>
        </xsl:when>
        <xsl:when test="matches($v, '^https?://')">
          <xsl:sequence select="$v"/>
        </xsl:when>
      </xsl:choose>
    </xsl:for-each>
  </xsl:function>

  <!--
    Whether a quotation is reported speech (`quote type="indirect"`, docs/encoding.md §7.3 Quotations):
    `indirect` or `direct`.
    $quote: the quotation.
  -->
  <xsl:function name="ed:quote-type" as="xs:string">
    <xsl:param name="quote" as="element()"/>
    <xsl:sequence select="if ($quote/@type = 'indirect') then 'indirect' else 'direct'"/>
  </xsl:function>

</xsl:stylesheet>
