<?xml version="1.0" encoding="UTF-8"?>
<!--
  `quotes` (docs/encoding.md §7.3 Quotations): direct and indirect quotations together, each with its
  type and its source (the first `#id` of @source and that entry's title; null when there is none).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <!-- The quotations (common/reading.xsl locates these and names, dates, blocks). -->
  <xsl:variable name="ed:json-quote-names" as="map(xs:string, xs:boolean)" select="map { 'quote': true(), 'q': true(), 'said': true() }"/>

  <!--
    The member `quotes`.
    $ctx: the model's context (ed:json-context).
  -->
  <xsl:function name="ed:json-quotes" as="xs:string">
    <xsl:param name="ctx" as="map(*)"/>
    <xsl:variable name="quotes" as="xs:string*">
      <xsl:for-each select="$ctx?ranges[map:contains($ed:json-quote-names, local-name(?1))]">
        <xsl:variable name="record" as="array(*)" select="."/>
        <xsl:for-each select="?1">
          <xsl:variable name="local" as="xs:string?" select="ed:ids(@source)[1]"/>
          <!-- Else the first entry of the collection's register it points to. -->
          <xsl:variable name="id" as="xs:string?" select="($local, ed:register-ids(@source, .))[1]"/>
          <xsl:variable name="in" as="node()" select="if (exists($local)) then root(.) else ($ed:register, root(.))[1]"/>
          <xsl:sequence select="ed:j-object((ed:j-string('type', ed:quote-type(.)),
            ed:j-member('source', if (exists($id))
              then ed:j-object((ed:j-string('id', $id), ed:j-string('title', ed:bibl-title(key('ed:id', $id, $in)[1]))))
              else 'null'),
            ed:j-range($record)))"/>
        </xsl:for-each>
      </xsl:for-each>
    </xsl:variable>
    <xsl:sequence select="ed:j-member('quotes', ed:j-array($quotes))"/>
  </xsl:function>

</xsl:stylesheet>
