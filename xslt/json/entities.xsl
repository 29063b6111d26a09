<?xml version="1.0" encoding="UTF-8"?>
<!--
  `entities`: the entity register (docs/encoding.md §4) with every occurrence in the reading text.
  An occurrence is an element of the text whose @ref points to the entry (`persName`, `rs`,
  `title`, …; a @ref with several targets is an occurrence of each); occurrences inside furniture
  or editorial notes are not in the reading text and are left out. The document's own entries come
  first, then the entries of the collection's register it points to (`"register": true`, since 1.2).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ed="urn:teikit:ed"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <!--
    The member `entities`. The occurrences are grouped by the ids they point to in one pass over
    the records (document order within each group), then listed entry by entry.
    $ctx: the model's context (ed:json-context).
  -->
  <xsl:function name="ed:json-entities" as="xs:string">
    <xsl:param name="ctx" as="map(*)"/>
    <xsl:variable name="register" as="element()*" select="ed:register-used($ctx?doc)"/>
    <!-- The register ids of each distinct @ref value (none without a register), keyed `register:id`
         so that they never meet a local id (an NCName has no colon). -->
    <xsl:variable name="register-ids" as="map(xs:string, xs:string*)" select="if (empty($register)) then map {} else
      map:merge(distinct-values($ctx?ranges ! string(?1/@ref)) ! map { .: ed:register-ids(., $ctx?doc) ! ('register:' || .) })"/>
    <xsl:variable name="occurrences" as="map(xs:string, array(*)*)">
      <xsl:map>
        <xsl:for-each-group select="$ctx?ranges[exists(?1/@ref)]" group-by="ed:ids(?1/@ref), $register-ids(string(?1/@ref))">
          <xsl:map-entry key="current-grouping-key()" select="current-group()"/>
        </xsl:for-each-group>
      </xsl:map>
    </xsl:variable>
    <xsl:variable name="entities" as="xs:string*">
      <xsl:for-each select="ed:entities($ctx?doc)">
        <xsl:sequence select="ed:json-entity($ctx, ., false(), $occurrences(string(@xml:id)))"/>
      </xsl:for-each>
      <xsl:for-each select="$register">
        <xsl:sequence select="ed:json-entity($ctx, ., true(), $occurrences('register:' || @xml:id))"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:sequence select="ed:j-member('entities', ed:j-array($entities))"/>
  </xsl:function>

  <!--
    One entity: id, kind, name, authority URLs, whether it is an entry of the collection's register
    (since 1.2), and its occurrences.
    $ctx: the model's context.
    $entry: the entry.
    $in-register: whether it is the register's.
    $occurrences: the records of its occurrences.
  -->
  <xsl:function name="ed:json-entity" as="xs:string">
    <xsl:param name="ctx" as="map(*)"/>
    <xsl:param name="entry" as="element()"/>
    <xsl:param name="in-register" as="xs:boolean"/>
    <xsl:param name="occurrences" as="array(*)*"/>
    <xsl:sequence select="ed:j-object((ed:j-string('id', string($entry/@xml:id)), ed:j-string('kind', ed:entity-kind($entry)),
      ed:j-string('name', ed:entity-name($entry)), ed:j-strings('authorities', ed:authority-urls($entry)),
      ed:j-member('register', string($in-register)),
      ed:j-member('occurrences', ed:j-array($occurrences ! ('{' || ed:j-range(.) || ',&quot;surface&quot;:' || ed:j-surface($ctx, .) || '}')))))"/>
  </xsl:function>

</xsl:stylesheet>
