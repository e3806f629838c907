import { NativeSelect } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router-dom';
import { MUNICIPALITIES } from '../api/certificates.operations';

/** Kuzbass municipalities by name, valued by their two-digit code. */
export function MunicipalitySelect(props: {
  label: string;
  value: string;
  onChange: (code: string) => void;
  required?: boolean;
  error?: string | null;
}) {
  const { data, loading } = useQuery(MUNICIPALITIES);
  return (
    <NativeSelect
      label={props.label}
      required={props.required}
      value={props.value}
      error={props.error}
      disabled={loading}
      onChange={(event) => props.onChange(event.currentTarget.value)}
      data={[
        { value: '', label: loading ? 'Загрузка…' : 'Выберите муниципалитет' },
        ...(data?.municipalities ?? []).map((m) => ({ value: m.code, label: m.name })),
      ]}
    />
  );
}

/** The municipality picked on a reference page, kept in the address so the page can be reloaded or shared. */
export function useMunicipalityParam(): [string, (code: string) => void] {
  const [params, setParams] = useSearchParams();
  return [params.get('code') ?? '', (code) => setParams(code === '' ? {} : { code })];
}
