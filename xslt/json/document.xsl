<?xml version="1.0" encoding="UTF-8"?>
<!--
  The JSON model of a document (schemas/edition.schema.json), in this member order:
  schemaVersion, id, (since 1.2) url, metadata, text, pages, blocks, entities, quotes, dates, notes,
  and (since 1.1) divisions, speeches, lineGroups, lines, apparatus.
  `text` is the reading text (common/reading.xsl) as the text target writes it without wrapping;
  every range is [start, end) in its UTF-16 code units.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <!-- Version of the model; a change that breaks readers changes the major number. -->
  <xsl:variable name="ed:schema-version" as="xs:string" select="'1.2.0'"/>

  <!--
    What every part of the model reads, worked out once: `doc` the document; `text` the reading
    text, `length` its length in UTF-16 code units and `plain` whether it holds no control
    character but line feeds; `strings` the strings it is joined from (an
    array, for the text of a node: ed:j-surface); the records of the located nodes in document order
    (ed:json-layout), `ranges` those with a range and `marks` the others (page breaks, notes); `texts` the outermost `text` elements, whose descendants the model lists;
    `pbs` their page breaks and `pb-starts` where each stands in the text (ed:json-pb-starts).
    $doc: the document.
  -->
  <xsl:function name="ed:json-context" as="map(*)">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="stream" as="item()*" select="ed:stream($doc)"/>
    <xsl:variable name="laid" as="item()*" select="ed:json-layout($stream,
      matches(string-join($stream[. instance of xs:string]), '[&#x10000;-&#x10FFFF;]'))"/>
    <xsl:variable name="texts" as="element()*" select="outermost($doc//text)"/>
    <xsl:variable name="strings" as="xs:string*" select="$laid[. instance of xs:string]"/>
    <xsl:variable name="text" as="xs:string" select="string-join($strings)"/>
    <xsl:variable name="records" as="array(*)*" select="ed:json-records($laid)"/>
    <xsl:variable name="ctx" as="map(*)" select="map {
      'doc': $doc,
      'texts': $texts,
      'text': $text,
      'plain': not(matches(replace($text, '&#10;', ''), '\p{Cc}')),
      'strings': array { $strings },
      'ranges': $records[exists(?4)],
      'marks': $records[empty(?4)],
      'length': $laid[last()],
      'pbs': $texts//pb
    }"/>
    <xsl:sequence select="map:put($ctx, 'pb-starts', ed:json-pb-starts($ctx))"/>
  </xsl:function>

  <xsl:template match="/" as="xs:string">
    <xsl:variable name="ctx" as="map(*)" select="ed:json-context(.)"/>
    <xsl:sequence select="ed:j-object((
      ed:j-string('schemaVersion', $ed:schema-version),
      ed:j-string('id', (/*/@xml:id, /*/teiHeader//publicationStmt/idno[@type = 'local'])[1] ! string(.)),
      ed:j-string('url', ed:document-url(.)),
      ed:json-metadata(.),
      ed:j-string('text', $ctx?text),
      ed:json-pages($ctx), ed:json-blocks($ctx), ed:json-entities($ctx),
      ed:json-quotes($ctx), ed:json-dates($ctx), ed:json-notes($ctx), ed:json-structure($ctx)))"/>
  </xsl:template>

</xsl:stylesheet>
