<?xml version="1.0" encoding="UTF-8"?>
<!--
  Pointers into the collection's register (docs/encoding.md §9): a token written `register.xml#id`
  (the register's relative URI, $ed:register-href) or with a prefix whose prefixDef expands to that
  (`reg:id`), naming an entry of the register handed over as $ed:register (never fetched with
  doc()). Without a register (`teikit transform`, a document outside a collection) nothing points
  into it. Needs common/collection-params.xsl, common/pointers.xsl (key ed:id) and
  common/patterns.xsl (ed:prefix-expansion).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <!--
    The id of the register entry one pointer token names, or nothing (a local `#id`, another
    document, a URL, an id the register does not have).
    $pointer: one token of a pointer attribute.
    $doc: a node of the document (its prefixDefs expand the token).
  -->
  <xsl:function name="ed:register-id" as="xs:string?">
    <xsl:param name="pointer" as="xs:string"/>
    <xsl:param name="doc" as="node()"/>
    <xsl:if test="exists($ed:register) and $ed:register-href ne '' and not(starts-with($pointer, '#'))">
      <xsl:variable name="expanded" as="xs:string" select="(ed:prefix-expansion($pointer, $doc), $pointer)[1]"/>
      <xsl:variable name="id" as="xs:string" select="substring-after($expanded, '#')"/>
      <xsl:sequence select="$id[starts-with($expanded, $ed:register-href || '#')][. ne '']
        [exists(key('ed:id', ., $ed:register))]"/>
    </xsl:if>
  </xsl:function>

  <!--
    The register ids a pointer attribute's value names, in order (see ed:register-id).
    $value: the attribute value.
    $doc: a node of the document.
  -->
  <xsl:function name="ed:register-ids" as="xs:string*">
    <xsl:param name="value" as="xs:string?"/>
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="if (empty($ed:register)) then () else tokenize(normalize-space($value)) ! ed:register-id(., $doc)"/>
  </xsl:function>

  <!--
    The register entries a document uses: those that any pointer of it names (@ref, @source,
    @target, @corresp, @sameAs, @ana, @who, in the header, the standOff or the text), in the
    register's order.
    $doc: the document.
  -->
  <xsl:function name="ed:register-used" as="element()*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="if (empty($ed:register)) then () else
      let $values := distinct-values(root($doc)/descendant::*/(@ref | @source | @target | @corresp | @sameAs | @ana | @who)
        [not(starts-with(normalize-space(.), '#')) or contains(., ' ')] ! string(.))
      return key('ed:id', distinct-values($values ! ed:register-ids(., $doc)), $ed:register)"/>
  </xsl:function>

  <!--
    The document's persistent address: the collection's base URL (the register's
    `publicationStmt/idno[@type='URI']`, or a configuration's), its id and `.html`; nothing without
    a safe base URL or a plain id.
    $doc: the document.
  -->
  <xsl:function name="ed:document-url" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="id" as="xs:string" select="string(root($doc)/*/@xml:id)"/>
    <xsl:sequence select="if (matches($ed:base-url, '^https?://[^\s/?#@\\&quot;&lt;&gt;]+/([^\s&quot;&lt;&gt;]*/)?$')
      and matches($id, '^[A-Za-z0-9][A-Za-z0-9._\-]*$')) then iri-to-uri($ed:base-url || $id || '.html') else ()"/>
  </xsl:function>

</xsl:stylesheet>
