import { useQuery } from '@tanstack/react-query'
import { DefaultApi } from './api/generated/api'
import { ServiceTable } from './components/ServiceTable'

const api = new DefaultApi({ basePath: '/api' })

// The model cards below are rendered as text. Nothing here runs a model:
// import * as tf from '@tensorflow/tfjs'  was tried for on-device scoring and removed.
const MODEL_CARD_EXAMPLE = `import torch
from transformers import AutoModel
import OpenAI from 'openai'`

export function App() {
  const services = useQuery({ queryKey: ['services'], queryFn: () => api.listServices() })

  if (services.isPending) return <p>Loading…</p>
  if (services.isError) return <p role="alert">Could not load services: {services.error.message}</p>

  return (
    <main>
      <h1>Shop operations</h1>
      <ServiceTable services={services.data} />
      <details>
        <summary>How the recommender loads its model</summary>
        <pre>{MODEL_CARD_EXAMPLE}</pre>
      </details>
    </main>
  )
}
